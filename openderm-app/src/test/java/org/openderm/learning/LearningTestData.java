package org.openderm.learning;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A tiny teaching-image set for the integration and browser tests (six synthetic images in the
 * ISIC-557 layout), so that they do not depend on the shared data sets being present.
 */
final class LearningTestData {

  static final String DIR = "target/learning-test-data";

  private LearningTestData() {}

  static synchronized void ensure() {
    Path root = Path.of(DIR, "isic-557");
    if (Files.exists(root.resolve("labels.csv"))) {
      return;
    }
    try {
      Files.createDirectories(root.resolve("images"));
      StringBuilder csv =
          new StringBuilder(
              "image_id,diagnosis,benign_malignant,age_approx,sex,diagnosis_confirm_type\n");
      for (int i = 0; i < 6; i++) {
        String id = "ISIC_T00000" + i;
        boolean mel = i % 2 == 0;
        csv.append(id)
            .append(
                mel
                    ? ",melanoma,malignant,60,male,histopathology\n"
                    : ",nevus,benign,30,female,\n");
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(200, 160 - 20 * i, 140));
        g.fillRect(0, 0, 64, 48);
        g.setColor(mel ? Color.BLACK : new Color(120, 80, 50));
        g.fillOval(16, 10, 32, 28);
        g.dispose();
        ImageIO.write(img, "jpg", root.resolve("images").resolve(id + ".jpg").toFile());
      }
      Files.writeString(root.resolve("labels.csv"), csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
