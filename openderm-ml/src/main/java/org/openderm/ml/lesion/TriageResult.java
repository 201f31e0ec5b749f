package org.openderm.ml.lesion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The triage of one image.
 *
 * @param probabilities calibrated probabilities in {@link LesionClass} order
 * @param malignancyRisk P(mel) + P(bcc) + P(akiec)
 * @param referral suggestion, or null when abstained
 * @param abstainReason why no answer is given, or null
 * @param outOfScopeScore the Mahalanobis score (larger = less like training images)
 * @param heatmapPng class activation map over the image, PNG, or null if not asked
 * @param modelVersion version of the model
 * @param modelSha256 SHA-256 of the weights
 */
public record TriageResult(
    double[] probabilities,
    double malignancyRisk,
    Referral referral,
    AbstainReason abstainReason,
    double outOfScopeScore,
    byte[] heatmapPng,
    String modelVersion,
    String modelSha256) {

  /** One class and its probability. */
  public record Prediction(LesionClass lesionClass, double probability) {}

  /** Whether the model declined to answer. */
  public boolean abstained() {
    return abstainReason != null;
  }

  /** All seven classes, most probable first. */
  public List<Prediction> ranked() {
    List<Prediction> out = new ArrayList<>();
    for (LesionClass c : LesionClass.values()) {
      out.add(new Prediction(c, probabilities[c.ordinal()]));
    }
    out.sort(Comparator.comparingDouble(Prediction::probability).reversed());
    return out;
  }
}
