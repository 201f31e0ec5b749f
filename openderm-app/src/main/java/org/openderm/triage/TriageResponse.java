package org.openderm.triage;

import java.util.List;

/**
 * The {@code POST /api/v1/triage} response (DESIGN section 4).
 *
 * @param quality the quality gate's verdict for triage ({@link TriageGate})
 * @param abstained whether the model gave no answer
 * @param abstainReason why: quality_gate, out_of_scope, low_confidence, model_error (null
 *     otherwise)
 * @param predictions all seven classes, most probable first (empty when the gate failed)
 * @param malignancyRisk P(mel) + P(bcc) + P(akiec), or null
 * @param referral urgent, soon or routine, or null when abstained
 * @param model name, version and weights SHA-256
 * @param heatmapPng base64 PNG overlay when asked, else null
 * @param resultId the stored result's id when a patient was given, else null
 * @param photoId the stored photo analysed, or null for an uploaded image
 * @param disclaimer what the tool is and is not
 * @param lesion outline measurements (relative, in pixels of the image scaled to 256), or null
 * @param outlinePng base64 PNG of the photo with the lesion outline drawn, when asked, else null
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
    java.util.UUID photoId,
    String disclaimer,
    org.openderm.ml.lesion.LesionShape lesion,
    String outlinePng) {

  /**
   * The quality verdict for triage.
   *
   * @param acceptable whether the photo may go to the model (no blocking issue)
   * @param issues the issues that kept it from the model, with how to retake, localised
   * @param notes issues that do not block this model (a stored photo's "low resolution" flag from
   *     an older, stricter rule, when its pixels are enough for the model)
   * @param metrics the measured values behind the verdict
   */
  public record Quality(
      boolean acceptable,
      List<Issue> issues,
      List<Issue> notes,
      org.openderm.ml.quality.QualityMetrics metrics) {}

  /** One quality issue: the gate's code ({@code BLURRED} ...) and its localised message. */
  public record Issue(String code, String message) {}

  /** One class and its calibrated probability. */
  public record Prediction(String code, String label, double probability) {}

  /** The same response with its storage ids. */
  TriageResponse stored(long id, java.util.UUID photo) {
    return new TriageResponse(
        quality,
        abstained,
        abstainReason,
        predictions,
        malignancyRisk,
        referral,
        model,
        heatmapPng,
        id,
        photo,
        disclaimer,
        lesion,
        outlinePng);
  }

  /** The model that answered. */
  public record ModelInfo(String name, String version, String sha256) {}
}
