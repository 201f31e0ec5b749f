package org.openderm.learning;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A lesion classifier that can give its opinion on a teaching image. The lesion triage feature
 * provides one as a Spring bean when its model is installed; without one, the quiz says plainly
 * that the AI comparison is not available (never a made-up opinion).
 */
public interface LesionClassifier {

  /** The model's opinion on the image, or empty when it abstains (for instance poor quality). */
  Optional<AiOpinion> classify(Path image);
}
