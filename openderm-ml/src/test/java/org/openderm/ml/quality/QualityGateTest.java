package org.openderm.ml.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openderm.ml.lesion.ImagePrep;

/** The verdict on synthetic photos with one defect each (thresholds: the calibrated defaults). */
class QualityGateTest {

  private final QualityGate gate = new QualityGate();
  private final BufferedImage photo = SyntheticSkin.photo(640, 480, 0.5, 0.5, 0.2, 11);

  private List<QualityIssue.Code> codes(BufferedImage image) {
    return gate.assess(image).issues().stream().map(QualityIssue::code).toList();
  }

  @Test
  void assess_wellTakenPhoto_isAcceptable() {
    QualityVerdict verdict = gate.assess(photo);
    assertThat(verdict.issues()).isEmpty();
    assertThat(verdict.acceptable()).isTrue();
  }

  @Test
  void assess_eachDefect_isReportedWithItsMessageKey() {
    assertThat(codes(Degradations.gaussianBlur(photo, 5))).contains(QualityIssue.Code.BLURRED);
    assertThat(codes(Degradations.motionBlur(photo, 25, 45))).contains(QualityIssue.Code.BLURRED);
    assertThat(codes(Degradations.exposure(photo, -2))).contains(QualityIssue.Code.UNDEREXPOSED);
    assertThat(codes(Degradations.exposure(photo, 2))).contains(QualityIssue.Code.OVEREXPOSED);
    assertThat(codes(Degradations.whiteBalance(photo, 0.6, 1.4, 0.6)))
        .contains(QualityIssue.Code.COLOUR_CAST);
    assertThat(codes(SyntheticSkin.photo(640, 480, 0.85, 0.82, 0.12, 11)))
        .containsAnyOf(QualityIssue.Code.LESION_OFF_CENTRE, QualityIssue.Code.LESION_CUT_OFF);
    assertThat(codes(SyntheticSkin.photo(640, 480, 0.5, 0.5, 0.06, 11)))
        .contains(QualityIssue.Code.LESION_TOO_SMALL);
    assertThat(QualityIssue.Code.LESION_TOO_SMALL.messageKey())
        .isEqualTo("photo.quality.lesion-too-small");
  }

  @Test
  void assess_resolution_isFlaggedUnderWhatTheLesionModelReads() {
    int floor = QualityThresholds.DEFAULTS.minShortSide();
    assertThat(floor).isEqualTo(ImagePrep.CACHE);
    BufferedImage under = SyntheticSkin.photo(floor * 4 / 3, floor - 1, 0.5, 0.5, 0.2, 11);
    assertThat(codes(under)).contains(QualityIssue.Code.RESOLUTION_LOW);
    // HAM10000's own 200 x 150, on which the lesion model was trained, is enough.
    BufferedImage ham = SyntheticSkin.photo(200, 150, 0.5, 0.5, 0.2, 11);
    assertThat(codes(ham)).doesNotContain(QualityIssue.Code.RESOLUTION_LOW);
  }

  @Test
  void assess_underMinimumSize_isRefused() {
    BufferedImage tiny = SyntheticSkin.photo(80, 63, 0.5, 0.5, 0.2, 11);
    assertThatThrownBy(() -> gate.assess(tiny)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verdict_acceptableOnlyWithoutIssues() {
    QualityMetrics m = gate.measure(photo);
    assertThatThrownBy(() -> new QualityVerdict(false, List.of(), m))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void finder_framesTheLesion_whileExposureAndColourKeepTheClassicalSkin() {
    // A finder that puts the lesion in the top-left corner of a well-centred photo.
    LesionFinder corner =
        (image, w, h) -> {
          boolean[] cells = new boolean[w * h];
          for (int y = 0; y < h / 5; y++) {
            for (int x = 0; x < w / 5; x++) {
              cells[y * w + x] = true;
            }
          }
          return cells;
        };
    QualityGate framedByFinder = new QualityGate(QualityThresholds.DEFAULTS, corner);
    QualityMetrics classical = gate.measure(photo);
    QualityMetrics found = framedByFinder.measure(photo);
    assertThat(found.lesion().centroidX()).isLessThan(0.2);
    assertThat(found.lesion().centroidY()).isLessThan(0.2);
    assertThat(classical.lesion().centreOffset()).isLessThan(0.05);
    assertThat(found.skinStops()).isEqualTo(classical.skinStops());
    assertThat(found.gamutDistance()).isEqualTo(classical.gamutDistance());
    assertThat(framedByFinder.judge(found).issues().stream().map(QualityIssue::code))
        .contains(QualityIssue.Code.LESION_OFF_CENTRE, QualityIssue.Code.LESION_CUT_OFF);
  }

  @Test
  void focus_isJudgedInsideTheDermatoscopesField_notOnItsSoftEdge() {
    // A dermatoscope's round field: sharp skin inside, black outside, and a soft 40 px ramp
    // between them, as the optics make it. That ramp is the strongest edge in the picture; judged
    // with it, this sharp photo read 0.49 on the blur scale (limit 0.50), without it 0.39.
    BufferedImage skin = SyntheticSkin.photo(640, 480, 0.5, 0.5, 0.12, 5);
    assertThat(gate.measure(inField(skin)).blurEffect()).isLessThan(0.44);
    assertThat(codes(inField(skin))).doesNotContain(QualityIssue.Code.BLURRED);
    // The same photo out of focus is still caught.
    assertThat(codes(inField(Degradations.gaussianBlur(skin, 4))))
        .contains(QualityIssue.Code.BLURRED);
  }

  private static BufferedImage inField(BufferedImage photo) {
    int w = photo.getWidth();
    int h = photo.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    double radius = 0.30 * w;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double r = Math.hypot(x - w / 2.0, y - h / 2.0);
        double light = Math.max(0, Math.min(1, (radius - r) / 40));
        int p = photo.getRGB(x, y);
        int red = (int) (((p >> 16) & 0xff) * light);
        int green = (int) (((p >> 8) & 0xff) * light);
        int blue = (int) ((p & 0xff) * light);
        out.setRGB(x, y, (red << 16) | (green << 8) | blue);
      }
    }
    return out;
  }
}
