package org.openderm.ml.lesion;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class LesionSegmenterTest {

  @Test
  void findsTheCentralDarkLesionNotTheDarkCorners() {
    BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(225, 180, 170));
    g.fillRect(0, 0, 200, 150);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 12, 12);
    g.fillRect(188, 138, 12, 12);
    g.setColor(new Color(110, 70, 60));
    g.fillOval(70, 45, 60, 60);
    g.setColor(new Color(225, 180, 170));
    g.fillOval(95, 70, 8, 8);
    g.dispose();
    boolean[] m = LesionSegmenter.segment(img);
    long inter = 0;
    long union = 0;
    for (int y = 0; y < 150; y++) {
      for (int x = 0; x < 200; x++) {
        boolean truth = Math.hypot(x - 99.5, y - 74.5) <= 30;
        inter += truth && m[y * 200 + x] ? 1 : 0;
        union += truth || m[y * 200 + x] ? 1 : 0;
      }
    }
    assertThat(inter / (double) union).isGreaterThan(0.9);
    assertThat(m[0]).isFalse();
    assertThat(m[74 * 200 + 99]).isTrue();
  }
}
