package org.openderm.ml.lesion;

import java.util.Locale;

/**
 * Referral suggestion from the calibrated probabilities (thresholds in {@link TriageSettings}). A
 * suggestion to a clinician, never a diagnosis.
 */
public enum Referral {
  /** Melanoma probability at or above the threshold giving 90% melanoma sensitivity. */
  URGENT,
  /** Malignancy risk at or above the threshold giving 95% sensitivity for malignant classes. */
  SOON,
  /** Neither. */
  ROUTINE;

  /** Lower-case API code. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The referral for calibrated class probabilities (in {@link LesionClass} order). */
  public static Referral of(double[] p, TriageSettings s) {
    if (p[LesionClass.MEL.ordinal()] >= s.urgentMelanoma()) {
      return URGENT;
    }
    return malignancyRisk(p) >= s.soonRisk() ? SOON : ROUTINE;
  }

  /** Sum of the probabilities of mel, bcc and akiec. */
  public static double malignancyRisk(double[] p) {
    double r = 0;
    for (LesionClass c : LesionClass.values()) {
      if (c.malignant()) {
        r += p[c.ordinal()];
      }
    }
    return r;
  }
}
