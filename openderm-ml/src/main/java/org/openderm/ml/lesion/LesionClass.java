package org.openderm.ml.lesion;

import java.util.Locale;

/**
 * The seven diagnostic categories of HAM10000 / ISIC 2018 Task 3, in the order of the model's
 * outputs and of the {@code predict} CSV columns.
 */
public enum LesionClass {
  AKIEC("akiec", "Actinic keratosis / intraepithelial carcinoma", true),
  BCC("bcc", "Basal cell carcinoma", true),
  BKL("bkl", "Benign keratosis-like lesion", false),
  DF("df", "Dermatofibroma", false),
  MEL("mel", "Melanoma", true),
  NV("nv", "Melanocytic nevus", false),
  VASC("vasc", "Vascular lesion", false);

  private final String code;
  private final String label;
  private final boolean malignant;

  LesionClass(String code, String label, boolean malignant) {
    this.code = code;
    this.label = label;
    this.malignant = malignant;
  }

  /** The short code used in HAM10000 metadata ({@code mel}, {@code nv}...). */
  public String code() {
    return code;
  }

  /** English label. */
  public String label() {
    return label;
  }

  /** Whether the class counts in the malignancy risk (malignant or pre-malignant). */
  public boolean malignant() {
    return malignant;
  }

  /** Parses a HAM10000 code, case-insensitively. */
  public static LesionClass of(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (LesionClass k : values()) {
      if (k.code.equals(c)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown lesion class: " + code);
  }
}
