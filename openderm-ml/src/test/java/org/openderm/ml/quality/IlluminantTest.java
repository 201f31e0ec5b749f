package org.openderm.ml.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The light's colour estimated from the brightest pixels, and the cast it reveals. */
class IlluminantTest {

  private final QualityGate gate = new QualityGate();

  @Test
  void distance_isZeroWhenTheBrightestPixelsHaveTheCalibrationLight() {
    // Every pixel has the mean chromaticity of the calibration photos' brightest pixels.
    double r = 0.8;
    double g = r * Math.exp(Illuminant.MEAN[0]);
    double b = r * Math.exp(Illuminant.MEAN[1]);
    BufferedImage plain = filled(200, 150, srgb(r), srgb(g), srgb(b));
    // 8-bit rounding of the colour leaves a trace.
    assertThat(distanceOf(plain)).isCloseTo(0, within(0.05));
  }

  @Test
  void distance_ofWhiteHighlights_andOfTheirBlueCast_matchTheWorkedValues() {
    BufferedImage photo = withHighlights(SyntheticSkin.photo(400, 300, 0.5, 0.5, 0.2, 3));
    // Clipped white highlights: (ln G/R, ln B/R) = (0, 0), (0.3803, 0.3146) from the mean; with
    // the inverse covariance [[0.15213, -0.11878], [-0.11878, 0.11635]] / 0.0035909 the distance
    // is sqrt(0.0050745 / 0.0035909) = 1.191.
    assertThat(distanceOf(photo)).isCloseTo(1.191, within(0.01));
    // A blue cast of gains (0.4, 1, 1.6) leaves red at 0.4 and clips blue at 1: both ratios are
    // ln 2.5 = 0.916 and the distance 3.838 (3.82 after 8-bit rounding of the red).
    BufferedImage blue = Degradations.whiteBalance(photo, 0.4, 1, 1.6);
    assertThat(distanceOf(blue)).isCloseTo(3.838, within(0.03));
  }

  @Test
  void gate_flagsABlueCastThatLeavesTheSkinInItsGamut() {
    BufferedImage photo = warmSkinWithHighlights();
    BufferedImage blue = Degradations.whiteBalance(photo, 0.45, 1, 1.5);
    QualityMetrics m = gate.measure(blue);
    QualityThresholds t = QualityThresholds.DEFAULTS;
    // The skin alone looks like skin under a cold dermatoscope: no skin rule fires.
    assertThat(m.gamutDistance()).isLessThan(t.maxGamutDistance());
    assertThat(m.skinA()).isGreaterThan(t.minSkinA());
    assertThat(m.skinB()).isGreaterThan(t.minSkinB());
    // The highlights, white in the original, have turned cyan-blue.
    assertThat(m.illuminantDistance()).isGreaterThan(t.maxIlluminantDistance());
    assertThat(gate.judge(m).has(QualityIssue.Code.COLOUR_CAST)).isTrue();
    assertThat(gate.assess(photo).has(QualityIssue.Code.COLOUR_CAST)).isFalse();
  }

  @Test
  void fewRefusals_judgesColourOnTheSkinAlone() {
    BufferedImage photo = warmSkinWithHighlights();
    QualityMetrics m = gate.measure(Degradations.whiteBalance(photo, 0.45, 1, 1.5));
    assertThat(
            new QualityGate(QualityThresholds.FEW_REFUSALS)
                .judge(m)
                .has(QualityIssue.Code.COLOUR_CAST))
        .isFalse();
  }

  private static double distanceOf(BufferedImage image) {
    RgbPlanes p = RgbPlanes.of(image, QualityGate.ANALYSIS_SIZE);
    return Illuminant.distance(p, p.luma());
  }

  /** Sun-tanned skin, warmer than the synthetic default, with white specular reflections. */
  private static BufferedImage warmSkinWithHighlights() {
    BufferedImage skin = SyntheticSkin.photo(400, 300, 0.5, 0.5, 0.2, 5);
    return withHighlights(Degradations.whiteBalance(skin, 1, 0.8, 0.6));
  }

  /** Specular reflections: small clipped-white spots over 1% of the picture. */
  private static BufferedImage withHighlights(BufferedImage photo) {
    int w = photo.getWidth();
    int h = photo.getHeight();
    for (int k = 0; k < 12; k++) {
      int cx = (int) (w * (0.1 + 0.8 * ((k * 7) % 12) / 11.0));
      int cy = (int) (h * (0.15 + 0.7 * ((k * 5) % 12) / 11.0));
      for (int y = cy - 5; y <= cy + 5; y++) {
        for (int x = cx - 5; x <= cx + 5; x++) {
          photo.setRGB(x, y, 0xffffff);
        }
      }
    }
    return photo;
  }

  private static BufferedImage filled(int w, int h, int r, int g, int b) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return img;
  }

  private static int srgb(double linear) {
    return (int) Math.round(255 * Degradations.encode(linear));
  }
}
