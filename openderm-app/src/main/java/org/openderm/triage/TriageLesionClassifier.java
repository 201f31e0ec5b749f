package org.openderm.triage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.openderm.learning.AiOpinion;
import org.openderm.learning.LesionClassifier;
import org.openderm.ml.lesion.TriageResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The lesion model's opinion on a teaching image, for the learning module's "you vs the AI": the
 * same calibrated probabilities and heat map a clinician gets. Teaching images hold no patient
 * data, so nothing is stored or audited here. When the model abstains (out of scope, low
 * confidence) the learner is told so rather than shown a guess.
 */
@Component
@ConditionalOnProperty(
    name = "openderm.learning.ai-comparison",
    havingValue = "true",
    matchIfMissing = true)
class TriageLesionClassifier implements LesionClassifier {

  private final TriageEngine engine;

  TriageLesionClassifier(TriageEngine engine) {
    this.engine = engine;
  }

  @Override
  public Optional<AiOpinion> classify(Path image) {
    BufferedImage img;
    try {
      img = ImageIO.read(image.toFile());
    } catch (IOException e) {
      return Optional.empty();
    }
    if (img == null) {
      return Optional.empty();
    }
    TriageResult result = engine.triage().analyse(img, true);
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
