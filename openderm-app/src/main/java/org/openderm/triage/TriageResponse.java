package org.openderm.triage;

import java.util.List;

/**
 * The {@code POST /api/v1/triage} response (DESIGN section 4).
 *
 * @param quality the gate's verdict
 * @param abstained whether the model gave no answer
 * @param abstainReason why: quality_gate, out_of_scope, low_confidence (null otherwise)
 * @param predictions all seven classes, most probable first (empty when the gate failed)
 * @param malignancyRisk P(mel) + P(bcc) + P(akiec), or null
 * @param referral urgent, soon or routine, or null when abstained
 * @param model name, version and weights SHA-256
 * @param heatmapPng base64 PNG overlay when asked, else null
 * @param resultId the stored result's id when a patient was given, else null
 * @param disclaimer what the tool is and is not
 * @param lesion outline measurements (relative, in pixels of the image scaled to 256), or null
 */
public record TriageResponse(
    Quality quality,
    boolean abstained,
    String abstainReason,
    List<Prediction> predictions,
    Double malignancyRisk,
    String referral,
    ModelInfo model,
    String heatmapPng,
    Long resultId,
    String disclaimer,
    org.openderm.ml.lesion.LesionShape lesion) {

  /** The quality verdict. */
  public record Quality(boolean acceptable, List<Issue> issues) {}

  /** One quality issue. */
  public record Issue(String code, String message) {}

  /** One class and its calibrated probability. */
  public record Prediction(String code, String label, double probability) {}

  /** The model that answered. */
  public record ModelInfo(String name, String version, String sha256) {}
}
