package org.openderm.ml.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Each metric moves the right way under the defect it measures, on synthetic photos. */
class MetricsTest {

  private final QualityGate gate = new QualityGate();
  private final BufferedImage photo = SyntheticSkin.photo(512, 384, 0.5, 0.5, 0.2, 7);

  @Test
  void sharpness_dropsWithGaussianAndMotionBlur() {
    QualityMetrics sharp = gate.measure(photo);
    QualityMetrics blurred = gate.measure(Degradations.gaussianBlur(photo, 3));
    QualityMetrics moved = gate.measure(Degradations.motionBlur(photo, 15, 30));
    assertThat(blurred.laplacianVariance()).isLessThan(sharp.laplacianVariance() / 10);
    assertThat(blurred.blurEffect()).isGreaterThan(sharp.blurEffect() + 0.2);
    assertThat(moved.blurEffect()).isGreaterThan(sharp.blurEffect() + 0.2);
  }

  @Test
  void exposure_followsStops() {
    QualityMetrics normal = gate.measure(photo);
    QualityMetrics dark = gate.measure(Degradations.exposure(photo, -2));
    QualityMetrics bright = gate.measure(Degradations.exposure(photo, 2));
    assertThat(dark.meanLuma()).isLessThan(normal.meanLuma() * 0.6);
    assertThat(bright.clippedHighlights()).isGreaterThan(0.5);
    assertThat(normal.clippedHighlights()).isZero();
  }

  @Test
  void exposure_oneStopDown_halvesLinearLight() {
    BufferedImage grey = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 100; x++) {
        grey.setRGB(x, y, 0xBCBCBC);
      }
    }
    int v = Degradations.exposure(grey, -1).getRGB(50, 50) & 0xff;
    assertThat(ColourCast.linear(v)).isCloseTo(ColourCast.linear(0xBC) / 2, within(0.005));
  }

  @Test
  void colourCast_blueLightLowersSkinB() {
    QualityMetrics normal = gate.measure(photo);
    QualityMetrics blue = gate.measure(Degradations.whiteBalance(photo, 0.6, 1, 1.4));
    assertThat(normal.skinA()).isPositive();
    assertThat(normal.skinB()).isPositive();
    assertThat(blue.skinB()).isLessThan(normal.skinB() - 10);
  }

  @Test
  void lab_ofWhite_isNeutral() {
    double[] lab = ColourCast.lab(1, 1, 1);
    assertThat(lab[0]).isCloseTo(100, within(0.05));
    assertThat(lab[1]).isCloseTo(0, within(0.05));
    assertThat(lab[2]).isCloseTo(0, within(0.05));
  }

  @Test
  void lesionGeometry_findsCentredAndOffCentreLesions() {
    LesionGeometry centred = gate.measure(photo).lesion();
    LesionGeometry corner =
        gate.measure(SyntheticSkin.photo(512, 384, 0.82, 0.78, 0.15, 7)).lesion();
    LesionGeometry cut = gate.measure(SyntheticSkin.photo(512, 384, 0.95, 0.5, 0.25, 7)).lesion();
    assertThat(centred.found()).isTrue();
    assertThat(centred.centreOffset()).isLessThan(0.05);
    // A disc of radius 0.2 x 384 px covers pi x 76.8^2 / (512 x 384) = 9.4% of the frame.
    assertThat(centred.areaFraction()).isCloseTo(0.094, within(0.03));
    assertThat(centred.edgeContact()).isZero();
    assertThat(corner.centreOffset()).isGreaterThan(0.3);
    assertThat(cut.edgeContact()).isGreaterThan(0.15);
  }

  @Test
  void otsu_splitsTwoLevels() {
    float[] v = new float[100];
    for (int i = 0; i < v.length; i++) {
      v[i] = i < 30 ? 50 : 200;
    }
    Otsu otsu = Otsu.of(v, new boolean[v.length]);
    assertThat(otsu.threshold()).isBetween(50.0, 200.0);
    // sqrt(0.3 x 0.7) x 150 = 68.7
    assertThat(otsu.separation()).isCloseTo(68.7, within(0.1));
  }

  @Test
  void rgbPlanes_areaAveragingKeepsTheMean() {
    RgbPlanes p = RgbPlanes.of(photo, 128);
    assertThat(Math.max(p.width, p.height)).isEqualTo(128);
    double full = mean(RgbPlanes.of(photo, 512).luma());
    assertThat(mean(p.luma())).isCloseTo(full, within(1.0));
  }

  private static double mean(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x;
    }
    return s / v.length;
  }
}
