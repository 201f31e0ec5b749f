package org.openderm.ml.lesion;

import java.util.Locale;

/** Why the triage model gave no answer. */
public enum AbstainReason {
  /** The file could not be decoded as an image. */
  UNREADABLE,
  /** The photo failed the quality gate (set by the application, never by the model). */
  QUALITY_GATE,
  /** Not like a dermoscopic image of a skin lesion (out-of-scope score over its threshold). */
  OUT_OF_SCOPE,
  /** The top class probability is below the confidence threshold. */
  LOW_CONFIDENCE,
  /**
   * The network's output was not finite (NaN or infinity): a faulty native engine, never an answer
   * to show or store; the result carries no probabilities (all zero).
   */
  MODEL_ERROR;

  /** Lower-case code used in the API and the predict CSV. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
