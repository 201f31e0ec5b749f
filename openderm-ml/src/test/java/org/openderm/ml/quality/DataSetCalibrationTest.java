package org.openderm.ml.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks against the shared data sets (skipped where they are absent): segmentation agreement with
 * the HAM10000 ground-truth masks, and real ISIC dermoscopy photos passing the gate.
 */
class DataSetCalibrationTest {

  private final QualityGate gate = new QualityGate();

  @Test
  void segmentation_agreesWithHam10000Masks() throws IOException {
    Path ham = DataSets.root().map(p -> p.resolve("ham10000")).orElse(null);
    assumeTrue(ham != null, "shared data not available");
    List<Path> images = every(ham.resolve("images"), 40);
    double dice = 0;
    for (Path image : images) {
      String id = image.getFileName().toString().replace(".jpg", "");
      Path mask = ham.resolve("masks").resolve(id + "_segmentation.png");
      dice += GroundTruth.of(QualityBenchmark.read(mask), QualityBenchmark.read(image)).dice();
    }
    // Measured over 2,000 images: mean Dice 0.77 (docs/photo-quality.md).
    assertThat(dice / images.size()).isGreaterThan(0.70);
  }

  @Test
  void realDermoscopyPhotos_mostlyPass() throws IOException {
    Path isic = DataSets.root().map(p -> p.resolve("isic-557")).orElse(null);
    assumeTrue(isic != null, "shared data not available");
    List<Path> images = every(isic.resolve("images"), 3);
    long passed =
        images.stream().filter(p -> gate.assess(QualityBenchmark.read(p)).acceptable()).count();
    // Benchmark: 9.0% of the held-out unmodified ISIC images are flagged (docs/photo-quality.md).
    assertThat(passed / (double) images.size()).isGreaterThan(0.88);
  }

  @Test
  void realDermoscopyPhotos_mostlyPassTheApplicationsGate() throws IOException {
    Path isic = DataSets.root().map(p -> p.resolve("isic-557")).orElse(null);
    assumeTrue(isic != null, "shared data not available");
    QualityGate app = QualityGate.withOutlineNetwork();
    List<Path> images = every(isic.resolve("images"), 3);
    long passed =
        images.stream().filter(p -> app.assess(QualityBenchmark.read(p)).acceptable()).count();
    // Benchmark: 11.2% of the held-out unmodified ISIC images are flagged, most of them cut off.
    assertThat(passed / (double) images.size()).isGreaterThan(0.88);
  }

  private static List<Path> every(Path dir, int n) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
      return java.util.stream.IntStream.range(0, all.size())
          .filter(i -> i % n == 0)
          .mapToObj(all::get)
          .toList();
    }
  }
}
