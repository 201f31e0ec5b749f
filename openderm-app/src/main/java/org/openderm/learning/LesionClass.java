package org.openderm.learning;

import java.util.Locale;

/**
 * The seven dermoscopic diagnostic classes of HAM10000 (Tschandl et al., Sci Data 2018), which the
 * ISIC melanoma/nevus images map onto. Codes are the data set's own.
 */
public enum LesionClass {
  AKIEC(true),
  BCC(true),
  BKL(false),
  DF(false),
  MEL(true),
  NV(false),
  VASC(false),
  ;

  private final boolean malignantOrPremalignant;

  LesionClass(boolean malignantOrPremalignant) {
    this.malignantOrPremalignant = malignantOrPremalignant;
  }

  /** The data-set code, such as {@code mel}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for melanoma, basal cell carcinoma and actinic keratosis / Bowen's disease. */
  public boolean malignantOrPremalignant() {
    return malignantOrPremalignant;
  }

  /** The class with this data-set code (case-insensitive), or null when there is none. */
  public static LesionClass ofCode(String code) {
    if (code == null) {
      return null;
    }
    for (LesionClass c : values()) {
      if (c.code().equalsIgnoreCase(code.strip())) {
        return c;
      }
    }
    return null;
  }
}
