package org.openderm.ml.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The committed outline network on HAM10000 validation lesions (never seen in training): its
 * overlap with the dermatologists' masks, and that it beats the classical baseline.
 */
class BundledOutlinerTest {

  @Test
  void outlinesValidationLesionsBetterThanTheClassicalBaseline() throws Exception {
    Optional<Path> ham =
        Stream.of(System.getProperty("openderm.data"), "../shared/data", "../../shared/data")
            .filter(s -> s != null && !s.isBlank())
            .map(p -> Path.of(p).resolve("ham10000"))
            .filter(p -> Files.isDirectory(p.resolve("masks")))
            .findFirst();
    assumeTrue(ham.isPresent(), "HAM10000 not found beside the project");
    List<String> val;
    try (InputStream in = getClass().getResourceAsStream("/models/lesion-triage/split.csv")) {
      val =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> l.endsWith(",val"))
              .map(l -> l.substring(0, l.indexOf(',')))
              .limit(60)
              .toList();
    }
    double net = 0;
    double classical = 0;
    LesionOutliner outliner = LesionOutliner.bundled();
    for (String id : val) {
      BufferedImage img = ImageIO.read(ham.get().resolve("images/" + id + ".jpg").toFile());
      BufferedImage gt =
          ImageIO.read(ham.get().resolve("masks/" + id + "_segmentation.png").toFile());
      net += iou(outliner.segment(img), gt);
      classical += iou(LesionSegmenter.segment(img), gt);
    }
    net /= val.size();
    classical /= val.size();
    assertThat(val).hasSize(60);
    assertThat(net).isGreaterThan(0.72);
    assertThat(net).isGreaterThan(classical);
  }

  private static double iou(boolean[] pred, BufferedImage gt) {
    int w = gt.getWidth();
    long inter = 0;
    long union = 0;
    for (int i = 0; i < pred.length; i++) {
      boolean t = (gt.getRGB(i % w, i / w) & 0xff) >= 128;
      inter += t && pred[i] ? 1 : 0;
      union += t || pred[i] ? 1 : 0;
    }
    return union == 0 ? 1 : inter / (double) union;
  }
}
