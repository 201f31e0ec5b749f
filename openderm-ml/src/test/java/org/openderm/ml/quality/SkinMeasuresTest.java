package org.openderm.ml.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The skin-based exposure and colour measures: luminance in stops, highlight level, skin-gamut
 * distance; and the calibration / held-out split of the benchmark.
 */
class SkinMeasuresTest {

  private final QualityGate gate = new QualityGate();
  private final BufferedImage photo = SyntheticSkin.photo(512, 384, 0.5, 0.5, 0.2, 7);

  @Test
  void skinStops_moveByOnePerStopOfExposure() {
    QualityMetrics normal = gate.measure(photo);
    QualityMetrics dark = gate.measure(Degradations.exposure(photo, -1));
    QualityMetrics darker = gate.measure(Degradations.exposure(photo, -2));
    // Exposure multiplies linear light: log2 of the skin's luminance drops by the stops, up to
    // 8-bit rounding.
    assertThat(dark.skinStops()).isCloseTo(normal.skinStops() - 1, within(0.05));
    assertThat(darker.skinStops()).isCloseTo(normal.skinStops() - 2, within(0.08));
    assertThat(darker.highlightLevel()).isLessThan(normal.highlightLevel() * 0.75);
  }

  @Test
  void skinClipped_risesWithOverExposure() {
    QualityMetrics normal = gate.measure(photo);
    QualityMetrics bright = gate.measure(Degradations.exposure(photo, 2));
    assertThat(normal.skinClipped()).isZero();
    assertThat(bright.skinClipped()).isGreaterThan(0.9);
    assertThat(QualityGate.overexposureStops(bright))
        .isGreaterThan(QualityThresholds.DEFAULTS.maxSkinStops());
  }

  @Test
  void overexposure_countsClippedSkin_thatTheMeanCannotShow() {
    QualityMetrics normal = gate.measure(photo);
    double limit = QualityThresholds.DEFAULTS.maxSkinStops();
    // Two photos whose unclipped skin reads the same, just under the limit: the one with a third
    // of its skin clipped is over-exposed, the other is not.
    QualityMetrics unclipped = withSkin(normal, limit - 0.2, 0.0);
    QualityMetrics partlyClipped = withSkin(normal, limit - 0.2, 0.33);
    assertThat(gate.judge(unclipped).has(QualityIssue.Code.OVEREXPOSED)).isFalse();
    assertThat(gate.judge(partlyClipped).has(QualityIssue.Code.OVEREXPOSED)).isTrue();
    assertThat(QualityGate.overexposureStops(partlyClipped)).isCloseTo(limit + 0.13, within(1e-9));
  }

  private static QualityMetrics withSkin(QualityMetrics m, double stops, double clipped) {
    return new QualityMetrics(
        m.width(),
        m.height(),
        m.laplacianVariance(),
        m.blurEffect(),
        m.meanLuma(),
        m.clippedHighlights(),
        m.crushedShadows(),
        m.skinA(),
        m.skinB(),
        stops,
        clipped,
        m.highlightLevel(),
        m.gamutDistance(),
        m.illuminantDistance(),
        m.lesion());
  }

  @Test
  void skinStops_ignoreALargeDarkLesion() {
    // The lesion covers most of the central region: the centre's mean luma falls with it, the
    // skin's luminance, read on the rim of skin left, does not.
    QualityMetrics small = gate.measure(photo);
    QualityMetrics large = gate.measure(SyntheticSkin.photo(512, 384, 0.5, 0.5, 0.42, 7));
    assertThat(large.meanLuma()).isLessThan(small.meanLuma() - 30);
    assertThat(large.skinStops()).isCloseTo(small.skinStops(), within(0.3));
    assertThat(gate.judge(large).has(QualityIssue.Code.UNDEREXPOSED)).isFalse();
  }

  @Test
  void gamutDistance_isZeroAtTheGamutMean() {
    double g = Math.exp(ColourCast.GAMUT_MEAN[0]);
    double b = Math.exp(ColourCast.GAMUT_MEAN[1]);
    assertThat(ColourCast.gamutDistance(1, g, b)).isCloseTo(0, within(1e-9));
    // Scale-free: only the channel ratios count, so exposure does not move it.
    assertThat(ColourCast.gamutDistance(0.25, 0.25 * g, 0.25 * b)).isCloseTo(0, within(1e-9));
  }

  @Test
  void gamutDistance_ofAMagentaCast_matchesTheWorkedValue() {
    double g = Math.exp(ColourCast.GAMUT_MEAN[0]);
    double b = Math.exp(ColourCast.GAMUT_MEAN[1]);
    // Magenta gains (1.225, 0.55, 1.225) move ln(G/R) by ln(0.55 / 1.225) = -0.8008 and leave
    // ln(B/R) unchanged; with the inverse covariance's first term 0.20522 / det, det = 0.12680 x
    // 0.20522 - 0.14016^2 = 0.0063771, the distance is 0.8008 x sqrt(32.181) = 4.543.
    double d = ColourCast.gamutDistance(1.225, 0.55 * g, 1.225 * b);
    assertThat(d).isCloseTo(4.543, within(0.01));
    assertThat(d).isGreaterThan(QualityThresholds.DEFAULTS.maxGamutDistance());
  }

  @Test
  void gate_flagsMagentaCastThatStaysInTheSkinQuadrant() {
    BufferedImage magenta = Degradations.whiteBalance(photo, 1.3, 0.4, 1.3);
    QualityMetrics m = gate.measure(magenta);
    assertThat(m.skinA()).isPositive();
    assertThat(gate.judge(m).has(QualityIssue.Code.COLOUR_CAST)).isTrue();
    assertThat(gate.assess(photo).has(QualityIssue.Code.COLOUR_CAST)).isFalse();
  }

  @Test
  void split_evenIsicImagesCalibrateTheRestIsHeldOut() {
    QualityMetrics m = gate.measure(photo);
    assertThat(new BenchmarkSample("isic-557", "ISIC_0000002", null, 0, m, null, 0).split())
        .isEqualTo("calibration");
    assertThat(new BenchmarkSample("isic-557", "ISIC_0000013", null, 0, m, null, 0).split())
        .isEqualTo("held-out");
    assertThat(new BenchmarkSample("ham10000", "ISIC_0024307", null, 0, m, null, 0).split())
        .isEqualTo("held-out");
    assertThat(new BenchmarkSample("ham10000", "ISIC_0024306", null, 0, m, null, 0).split())
        .isEqualTo("calibration");
  }
}
