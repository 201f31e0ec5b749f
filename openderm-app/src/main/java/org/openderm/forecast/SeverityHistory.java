package org.openderm.forecast;

import java.util.List;
import java.util.UUID;

/**
 * Where the forecast reads a patient's stored severity scores: the eczema feature's assessment
 * storage implements it (current version of each assessment, voided ones left out).
 *
 * <p>Why an interface: the forecast must not read another feature's tables, and the assessment
 * storage is developed in parallel. The caller has already checked access and audited the read.
 */
public interface SeverityHistory {

  /**
   * The patient's scores on {@code instrument} (e.g. {@code po-scorad}), one per assessment, oldest
   * first; several on one day are resolved by the forecast (the day's latest entry counts).
   */
  List<ScorePoint> scores(UUID patientId, String instrument);

  /**
   * Whether the patient has eczema: no forecast (nor fan chart) is shown otherwise. The eczema
   * feature decides what that means (its assessments, an atopic dermatitis problem).
   */
  default boolean hasEczema(UUID patientId) {
    return true;
  }
}
