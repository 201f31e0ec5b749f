package org.openderm.triage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.openderm.learning.AiOpinion;
import org.openderm.learning.LesionClassifier;
import org.openderm.ml.lesion.TriageResult;
import org.openderm.photo.PhotoQualityService;
import org.openderm.photo.SanitizedImage;
import org.openderm.system.OpenDermException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The lesion model's opinion on a teaching image, for the learning module's "you vs the AI": the
 * same calibrated probabilities and heat map a clinician gets. Teaching images hold no patient
 * data, so nothing is stored or audited here. The image goes through the same sanitiser and quality
 * gate as a clinician's photo ({@link TriageGate}); when the gate refuses it or the model abstains
 * (out of scope, low confidence) the learner is told so rather than shown a guess.
 */
@Component
@ConditionalOnProperty(
    name = "openderm.learning.ai-comparison",
    havingValue = "true",
    matchIfMissing = true)
class TriageLesionClassifier implements LesionClassifier {

  private final TriageEngine engine;
  private final PhotoQualityService quality;

  TriageLesionClassifier(TriageEngine engine, PhotoQualityService quality) {
    this.engine = engine;
    this.quality = quality;
  }

  @Override
  public Optional<AiOpinion> classify(Path image) {
    SanitizedImage img;
    try (InputStream in = Files.newInputStream(image)) {
      img = quality.sanitize(in);
    } catch (IOException | OpenDermException e) {
      return Optional.empty();
    }
    if (!TriageGate.allows(quality.verdict(img))) {
      return Optional.empty();
    }
    TriageResult result = engine.triage().analyse(img.pixels(), true);
    if (result.abstained()) {
      return Optional.empty();
    }
    Map<org.openderm.learning.LesionClass, Double> probabilities =
        new EnumMap<>(org.openderm.learning.LesionClass.class);
    for (TriageResult.Prediction p : result.ranked()) {
      probabilities.put(
          org.openderm.learning.LesionClass.valueOf(p.lesionClass().name()), p.probability());
    }
    return Optional.of(
        new AiOpinion(
            TriageService.MODEL_NAME + " " + result.modelVersion(),
            probabilities,
            result.heatmapPng()));
  }
}
