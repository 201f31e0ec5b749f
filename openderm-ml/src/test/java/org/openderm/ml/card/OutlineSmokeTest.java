package org.openderm.ml.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openderm.ml.lesion.LesionOutliner;
import org.openderm.ml.lesion.ModelIntegrityException;
import org.openderm.ml.training.OutlineOptions;
import org.openderm.ml.training.OutlineTrainer;

/** Trains a tiny outline network on generated lesions with masks and uses it end to end. */
class OutlineSmokeTest {

  @Test
  void trainsWritesItsCardSegmentsAndRefusesCorruptWeights(@TempDir Path tmp) throws Exception {
    Path data = layoutWithMasks(tmp.resolve("ham"), 40);
    Path out = tmp.resolve("outline");
    OutlineTrainer.Result r =
        OutlineTrainer.train(new OutlineOptions(data, out, null, 2, 5, 8, 0, 0));
    OutlineCard.write(out, r);
    assertThat(r.epochs()).isEqualTo(2);
    assertThat(r.network().images()).isPositive();
    assertThat(r.network().images() + r.trainImages()).isEqualTo(40);
    assertThat(r.network().meanIou()).isBetween(0.0, 1.0);
    assertThat(r.classical().meanIou()).isGreaterThan(0.8);
    for (String f :
        List.of(
            "lesion-segmentation-0000.params",
            "SHA256SUMS",
            "metrics.csv",
            "split.csv",
            "outline-card.json",
            "outline-card.md")) {
      assertThat(out.resolve(f)).exists();
    }
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(3);
    assertThat(Files.readString(out.resolve("outline-card.md"))).contains("CC BY-NC-SA 4.0");

    BufferedImage img = ImageIO.read(data.resolve("images/IMG_0.jpg").toFile());
    try (LesionOutliner outliner = LesionOutliner.load(out)) {
      assertThat(outliner.segment(img)).hasSize(200 * 150);
      for (float p : outliner.probabilities(img)) {
        assertThat(p).isBetween(0f, 1f);
      }
    }

    Path weights = out.resolve("lesion-segmentation-0000.params");
    byte[] params = Files.readAllBytes(weights);
    params[params.length / 2] ^= 1;
    Files.write(weights, params);
    assertThatThrownBy(() -> LesionOutliner.load(out))
        .isInstanceOf(ModelIntegrityException.class)
        .hasMessageContaining("lesion outline model: SHA-256 mismatch");
  }

  /** Generated 200x150 skin with one dark ellipse per image and its exact mask. */
  private static Path layoutWithMasks(Path dir, int n) throws Exception {
    Files.createDirectories(dir.resolve("images"));
    Files.createDirectories(dir.resolve("masks"));
    List<String> meta = new ArrayList<>();
    meta.add("lesion_id,image_id,dx,dx_type,age,sex,localization");
    SplittableRandom rnd = new SplittableRandom(11);
    for (int id = 0; id < n; id++) {
      int w = 30 + rnd.nextInt(70);
      int h = 30 + rnd.nextInt(60);
      int x = rnd.nextInt(200 - w);
      int y = rnd.nextInt(150 - h);
      BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
      BufferedImage mask = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setColor(new Color(215 + rnd.nextInt(20), 165, 145));
      g.fillRect(0, 0, 200, 150);
      g.setColor(new Color(90 + rnd.nextInt(40), 60, 50));
      g.fillOval(x, y, w, h);
      g.dispose();
      Graphics2D m = mask.createGraphics();
      m.setColor(Color.WHITE);
      m.fillOval(x, y, w, h);
      m.dispose();
      ImageIO.write(img, "jpg", dir.resolve("images/IMG_" + id + ".jpg").toFile());
      ImageIO.write(mask, "png", dir.resolve("masks/IMG_" + id + "_segmentation.png").toFile());
      String dx = id % 2 == 0 ? "nv" : "mel";
      meta.add("L" + id + ",IMG_" + id + "," + dx + ",histo,45.0,female,back");
    }
    Files.write(dir.resolve("metadata.csv"), meta, StandardCharsets.UTF_8);
    return dir;
  }
}
