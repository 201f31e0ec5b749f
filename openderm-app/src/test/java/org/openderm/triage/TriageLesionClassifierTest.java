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
import org.openderm.ml.quality.QualityGate;
import org.openderm.photo.ImageSanitizer;
import org.openderm.photo.PhotoProperties;
import org.openderm.photo.PhotoQualityService;

/**
 * The learning module's "you vs the AI" gets the triage model's calibrated opinion, through the
 * same gate; and {@code predict triage} writes its CSV through it too (same loaded model).
 */
class TriageLesionClassifierTest {

  static final Path HAM = TriageImages.HAM;
  static TriageEngine engine;
  static PhotoQualityService quality;

  @BeforeAll
  static void load() {
    engine = new TriageEngine(1);
    quality =
        new PhotoQualityService(new ImageSanitizer(PhotoProperties.defaults()), new QualityGate());
  }

  static TriageLesionClassifier classifier() {
    return new TriageLesionClassifier(engine, quality);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aDermoscopicTeachingImageGetsSevenProbabilitiesAndAHeatMap() {
    Path image = HAM.resolve("ISIC_0024306.jpg");
    assumeTrue(Files.exists(image), "../shared/data is needed for this test");
    AiOpinion opinion = classifier().classify(image).orElseThrow();
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
    assertThat(classifier().classify(junk)).isEmpty();
  }

  @Test
  void aBlurredTeachingImageGetsNoOpinion() throws Exception {
    Path blurred = Files.createTempFile("blurred", ".jpg");
    Files.write(blurred, TriageImages.blurred());
    assertThat(classifier().classify(blurred)).isEmpty();
  }

  @Test
  void predictWritesTheContractCsvAndGatesEveryImage() throws Exception {
    byte[] blurred = TriageImages.blurred();
    Path dir = Files.createTempDirectory("predict");
    Files.copy(TriageImages.LESION, dir.resolve("a_sharp.jpg"));
    Files.write(dir.resolve("b_blurred.jpg"), blurred);
    Files.writeString(dir.resolve("c_text.jpg"), "not an image");
    Path csv = dir.resolveSibling(dir.getFileName() + ".csv");
    GatedBatchPredictor.Summary s =
        GatedBatchPredictor.predict(engine.triage(), quality, dir, csv, n -> {});
    java.util.List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0))
        .isEqualTo("image_id,akiec,bcc,bkl,df,mel,nv,vasc,abstained,reason")
        .isEqualTo(org.openderm.ml.lesion.BatchPredictor.HEADER);
    String[] sharp = lines.get(1).split(",", -1);
    assertThat(sharp).hasSize(10);
    assertThat(sharp[0]).isEqualTo("a_sharp");
    double sum = 0;
    for (int i = 1; i <= 7; i++) {
      sum += Double.parseDouble(sharp[i]);
    }
    assertThat(sum).isBetween(0.999, 1.001);
    // A gated image: the model's opinion is written for evaluation, the row says it abstains.
    String[] gated = lines.get(2).split(",", -1);
    assertThat(gated[0]).isEqualTo("b_blurred");
    assertThat(gated[1]).isNotEmpty();
    // ... and they are the model's real probabilities, never NaN (README: "a gated row still
    // carries the model's probabilities").
    double gatedSum = 0;
    for (int i = 1; i <= 7; i++) {
      gatedSum += Double.parseDouble(gated[i]);
    }
    assertThat(gatedSum).isBetween(0.999, 1.001);
    assertThat(gated[8] + "," + gated[9]).isEqualTo("true,quality_gate");
    assertThat(lines.get(3)).isEqualTo("c_text,,,,,,,,true,unreadable");
    assertThat(lines).hasSize(4);
    assertThat(s.images()).isEqualTo(3);
    assertThat(s.gated()).isEqualTo(1);
    assertThat(s.unreadable()).singleElement().asString().startsWith("c_text.jpg");
  }
}
