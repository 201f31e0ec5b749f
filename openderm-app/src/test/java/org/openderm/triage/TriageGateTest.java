package org.openderm.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openderm.ml.lesion.ImagePrep;
import org.openderm.ml.quality.LesionGeometry;
import org.openderm.ml.quality.QualityIssue;
import org.openderm.ml.quality.QualityIssue.Code;
import org.openderm.ml.quality.QualityMetrics;
import org.openderm.ml.quality.QualityThresholds;
import org.openderm.ml.quality.QualityVerdict;

/** The triage rule over the photo gate: resolution blocks only under what the model reads. */
class TriageGateTest {

  @Test
  void theResolutionFloorStaysAboveWhatTheModelReads() {
    // If the model's thumbnail grows past the floor, photos would be up-sampled: raise the floor.
    assertThat(TriageGate.MIN_SHORT_SIDE).isGreaterThanOrEqualTo(ImagePrep.CACHE);
    // HAM10000, the training data, is 200 x 150: the model must accept its own resolution.
    assertThat(TriageGate.MIN_SHORT_SIDE).isLessThanOrEqualTo(150);
  }

  @Test
  void theGateAndTriageShareOneResolutionRule() {
    assertThat(TriageGate.MIN_SHORT_SIDE)
        .isEqualTo(QualityThresholds.DEFAULTS.minShortSide())
        .isEqualTo(QualityThresholds.FEW_REFUSALS.minShortSide());
  }

  @Test
  void aStoredLowResolutionFlagBlocksOnlyUnderTheFloor() {
    assertThat(TriageGate.allows(List.of("RESOLUTION_LOW"), 200, 150)).isTrue();
    int floor = TriageGate.MIN_SHORT_SIDE;
    assertThat(TriageGate.allows(List.of("RESOLUTION_LOW"), 300, floor)).isTrue();
    assertThat(TriageGate.allows(List.of("RESOLUTION_LOW"), 300, floor - 1)).isFalse();
    assertThat(TriageGate.allows(List.of("RESOLUTION_LOW"), 120, 90)).isFalse();
    assertThat(TriageGate.allows(List.of(), 200, 150)).isTrue();
  }

  @Test
  void everyOtherIssueBlocksWhateverTheSize() {
    for (Code c : Code.values()) {
      if (c != Code.RESOLUTION_LOW) {
        assertThat(TriageGate.allows(List.of(c.name()), 4000, 3000)).as(c.name()).isFalse();
        assertThat(TriageGate.allows(List.of("RESOLUTION_LOW", c.name()), 200, 150)).isFalse();
      }
    }
  }

  @Test
  void theVerdictSplitsBlockingIssuesFromNotesWithMessagesInTheUsersLanguage() {
    QualityVerdict v = verdict(200, 150, Code.RESOLUTION_LOW, Code.BLURRED);
    TriageResponse.Quality fr = TriageGate.quality(v, Locale.FRENCH);
    assertThat(fr.acceptable()).isFalse();
    assertThat(fr.issues()).extracting(TriageResponse.Issue::code).containsExactly("BLURRED");
    assertThat(fr.notes()).extracting(TriageResponse.Issue::code).containsExactly("RESOLUTION_LOW");
    TriageResponse.Quality en = TriageGate.quality(v, Locale.ENGLISH);
    assertThat(en.issues().get(0).message()).isNotEqualTo(fr.issues().get(0).message());
    assertThat(en.issues().get(0).message()).containsIgnoringCase("blur");

    TriageResponse.Quality lowOnly =
        TriageGate.quality(verdict(200, 150, Code.RESOLUTION_LOW), null);
    assertThat(lowOnly.acceptable()).isTrue();
    assertThat(lowOnly.issues()).isEmpty();
    assertThat(TriageGate.allows(verdict(200, 150, Code.RESOLUTION_LOW))).isTrue();
    assertThat(TriageGate.allows(verdict(100, 75, Code.RESOLUTION_LOW))).isFalse();
  }

  private static QualityVerdict verdict(int w, int h, Code... codes) {
    List<QualityIssue> issues =
        java.util.Arrays.stream(codes).map(c -> new QualityIssue(c, c.messageKey())).toList();
    QualityMetrics m =
        new QualityMetrics(
            w,
            h,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            new LesionGeometry(true, 0.2, 0, 0, 0.5, 0.5));
    return new QualityVerdict(issues.isEmpty(), issues, m);
  }
}
