package org.openderm.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openderm.learning.AiOpinion;
import org.openderm.learning.LesionClass;

/** The learning module's "you vs the AI" gets the triage model's calibrated opinion. */
class TriageLesionClassifierTest {

  static final Path HAM = Path.of("..", "..", "shared", "data", "ham10000", "images");
  static TriageEngine engine;

  @BeforeAll
  static void load() {
    engine = new TriageEngine(1);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aDermoscopicTeachingImageGetsSevenProbabilitiesAndAHeatMap() {
    Path image = HAM.resolve("ISIC_0024306.jpg");
    assumeTrue(Files.exists(image), "../shared/data is needed for this test");
    AiOpinion opinion = new TriageLesionClassifier(engine).classify(image).orElseThrow();
    assertThat(opinion.probabilities()).hasSize(LesionClass.values().length);
    assertThat(opinion.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
        .isBetween(0.999, 1.001);
    assertThat(opinion.model()).startsWith(TriageService.MODEL_NAME);
    assertThat(opinion.heatmapPng()).isNotEmpty();
    assertThat(opinion.heatmapDataUri()).startsWith("data:image/png;base64,iVBOR");
  }

  @Test
  void anUnreadableFileGetsNoOpinion() throws Exception {
    Path junk = Files.createTempFile("not-an-image", ".jpg");
    Files.writeString(junk, "hello");
    assertThat(new TriageLesionClassifier(engine).classify(junk)).isEmpty();
  }
}
