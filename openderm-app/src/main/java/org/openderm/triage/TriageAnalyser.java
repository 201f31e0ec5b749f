package org.openderm.triage;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.openderm.ml.lesion.AbstainReason;
import org.openderm.ml.lesion.LesionOutline;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.TriageResult;
import org.openderm.photo.PhotoQualityService;
import org.openderm.photo.SanitizedImage;
import org.springframework.stereotype.Component;

/**
 * The one path from a sanitised image to a triage answer: the photo quality gate first ({@link
 * TriageGate}), the model only if the gate lets the photo through. Stores nothing.
 */
@Component
class TriageAnalyser {

  private final TriageEngine engine;
  private final PhotoQualityService quality;

  TriageAnalyser(TriageEngine engine, PhotoQualityService quality) {
    this.engine = engine;
    this.quality = quality;
  }

  /** The photo feature's sanitiser (magic bytes, size caps, decode, orientation, re-encode). */
  PhotoQualityService quality() {
    return quality;
  }

  /** The installed model's referral thresholds (loads the model on first use). */
  org.openderm.ml.lesion.TriageSettings settings() {
    return engine.triage().model().settings();
  }

  /** Gate, then model; quality messages in {@code locale}. */
  TriageResponse analyse(SanitizedImage image, boolean explain, Locale locale) {
    TriageResponse.Quality q = TriageGate.quality(quality.verdict(image), locale);
    LesionTriage triage = engine.triage();
    TriageResponse.ModelInfo model =
        new TriageResponse.ModelInfo(
            TriageService.MODEL_NAME, triage.model().settings().version(), triage.model().sha256());
    if (!q.acceptable()) {
      return new TriageResponse(
          q,
          true,
          AbstainReason.QUALITY_GATE.code(),
          List.of(),
          null,
          null,
          model,
          null,
          null,
          null,
          TriageService.DISCLAIMER,
          null,
          null);
    }
    TriageResult t = triage.analyse(image.pixels(), explain);
    LesionOutline outline = LesionOutline.of(image.pixels());
    List<TriageResponse.Prediction> preds =
        t.ranked().stream()
            .map(
                p ->
                    new TriageResponse.Prediction(
                        p.lesionClass().code(), p.lesionClass().label(), p.probability()))
            .toList();
    return new TriageResponse(
        q,
        t.abstained(),
        t.abstained() ? t.abstainReason().code() : null,
        preds,
        t.malignancyRisk(),
        t.referral() == null ? null : t.referral().code(),
        model,
        t.heatmapPng() == null ? null : Base64.getEncoder().encodeToString(t.heatmapPng()),
        null,
        null,
        TriageService.DISCLAIMER,
        outline.shape(),
        explain ? Base64.getEncoder().encodeToString(outline.png()) : null);
  }
}
