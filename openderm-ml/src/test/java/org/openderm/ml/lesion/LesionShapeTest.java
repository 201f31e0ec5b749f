package org.openderm.ml.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LesionShapeTest {

  private static boolean[] ellipse(int w, int h, double cx, double cy, double a, double b) {
    boolean[] m = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double u = (x - cx) / a;
        double v = (y - cy) / b;
        m[y * w + x] = u * u + v * v <= 1;
      }
    }
    return m;
  }

  @Test
  void aCentredDiscIsRoundSymmetricAndCompact() {
    LesionShape s = LesionShape.of(ellipse(200, 150, 99.5, 74.5, 40, 40), 200, 150);
    assertThat(s.areaPixels()).isCloseTo((int) (Math.PI * 1600), within(60));
    assertThat(s.majorDiameter()).isCloseTo(80, within(1.5));
    assertThat(s.minorDiameter()).isCloseTo(80, within(1.5));
    assertThat(s.maxDiameter()).isCloseTo(80, within(2.0));
    assertThat(s.asymmetryMajor()).isLessThan(0.02);
    assertThat(s.compactness()).isCloseTo(1.0, within(0.1));
    assertThat(s.centreOffset()).isLessThan(0.01);
    assertThat(s.touchesBorder()).isFalse();
  }

  @Test
  void anEllipseHasItsAxesAndAnOffCentreBlobIsFlagged() {
    LesionShape s = LesionShape.of(ellipse(200, 150, 60, 50, 40, 20), 200, 150);
    assertThat(s.majorDiameter()).isCloseTo(80, within(1.5));
    assertThat(s.minorDiameter()).isCloseTo(40, within(1.5));
    assertThat(s.centreOffset()).isGreaterThan(0.3);
  }

  @Test
  void aLopsidedShapeIsAsymmetricAndAStarIsIrregular() {
    // A disc plus a square bump on one side: asymmetric about the axis across the bump.
    boolean[] m = ellipse(200, 150, 100, 75, 30, 30);
    for (int y = 65; y < 85; y++) {
      for (int x = 125; x < 160; x++) {
        m[y * 200 + x] = true;
      }
    }
    LesionShape s = LesionShape.of(m, 200, 150);
    assertThat(Math.max(s.asymmetryMajor(), s.asymmetryMinor())).isGreaterThan(0.1);
    boolean[] star = new boolean[200 * 150];
    for (int y = 0; y < 150; y++) {
      for (int x = 0; x < 200; x++) {
        double r = 25 + 15 * Math.cos(8 * Math.atan2(y - 75, x - 100));
        star[y * 200 + x] = Math.hypot(x - 100, y - 75) <= r;
      }
    }
    assertThat(LesionShape.of(star, 200, 150).compactness()).isGreaterThan(1.5);
  }

  @Test
  void anEmptyMaskHasNoShape() {
    assertThat(LesionShape.of(new boolean[12], 4, 3)).isNull();
  }
}
