package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static AnswerRecord image(String at, String truth, String given) {
    return image(at, truth, given, null);
  }

  private static AnswerRecord image(String at, String truth, String given, String ai) {
    boolean ok = truth.equals(given);
    return new AnswerRecord(
        Instant.parse(at),
        ItemKind.IMAGE,
        "isic-557/X",
        truth,
        truth,
        given,
        ok,
        ok ? Rating.GOOD : Rating.AGAIN,
        1200L,
        ai);
  }

  private static AnswerRecord step(String at, boolean ok) {
    return new AnswerRecord(
        Instant.parse(at),
        ItemKind.CASE_STEP,
        "case/ad-1/0",
        "atopic-dermatitis",
        "b",
        ok ? "b" : "a",
        ok,
        ok ? Rating.GOOD : Rating.AGAIN,
        null,
        null);
  }

  @Test
  void report_countsAccuracyPerTopicConfusionAndToday() {
    List<AnswerRecord> answers =
        List.of(
            image("2026-03-02T09:00:00Z", "mel", "mel"),
            image("2026-03-02T09:01:00Z", "mel", "nv"),
            image("2026-03-09T09:02:00Z", "nv", "nv", "mel"),
            image("2026-03-09T09:03:00Z", "mel", "nv", "mel"),
            step("2026-03-10T09:04:00Z", true));
    ProgressReport r = Progress.of(answers, 3, LocalDate.of(2026, 3, 10), PARIS);

    assertThat(r.answered()).isEqualTo(5);
    assertThat(r.correct()).isEqualTo(3);
    assertThat(r.accuracy()).isEqualTo(0.6);
    assertThat(r.byTopic().get(0).topic()).isEqualTo("mel");
    assertThat(r.byTopic().get(0).answered()).isEqualTo(3);
    assertThat(r.byTopic().get(0).accuracy()).isEqualTo(1.0 / 3);
    assertThat(r.confusion().count(LesionClass.MEL, LesionClass.NV)).isEqualTo(2);
    assertThat(r.confusion().count(LesionClass.MEL, LesionClass.MEL)).isEqualTo(1);
    assertThat(r.confusion().count(LesionClass.NV, LesionClass.NV)).isEqualTo(1);
    assertThat(r.due()).isEqualTo(3);
    assertThat(r.answeredToday()).isEqualTo(1);
    // On the two images the classifier also answered: learner 1 right (nv), classifier 1 (mel).
    assertThat(r.versusAi()).isEqualTo(new ProgressReport.VersusAi(2, 1, 1));
    // Weeks of Monday 2 March (mel 1/2) and Monday 9 March (mel 0/1, nv 1/1, AD 1/1).
    assertThat(r.weekly())
        .extracting(w -> w.weekStart() + " " + w.topic() + " " + w.correct() + "/" + w.answered())
        .containsExactly(
            "2026-03-02 mel 1/2",
            "2026-03-09 atopic-dermatitis 1/1",
            "2026-03-09 mel 0/1",
            "2026-03-09 nv 1/1");
  }

  @Test
  void streak_countsConsecutiveDays_inTheLearnersZone() {
    // 23:30 UTC on 8 March is 00:30 on 9 March in Paris.
    List<AnswerRecord> answers =
        List.of(
            step("2026-03-06T10:00:00Z", true),
            step("2026-03-08T23:30:00Z", true),
            step("2026-03-10T08:00:00Z", false));
    assertThat(Progress.streak(answers, LocalDate.of(2026, 3, 10), PARIS)).isEqualTo(2);
    assertThat(Progress.streak(answers, LocalDate.of(2026, 3, 10), ZoneId.of("UTC"))).isEqualTo(1);
    // Today without an answer yet: yesterday's streak still counts.
    assertThat(Progress.streak(answers, LocalDate.of(2026, 3, 11), PARIS)).isEqualTo(2);
    assertThat(Progress.streak(answers, LocalDate.of(2026, 3, 12), PARIS)).isZero();
    assertThat(Progress.streak(List.of(), LocalDate.of(2026, 3, 12), PARIS)).isZero();
  }

  @Test
  void emptyHistory_givesZeroes() {
    ProgressReport r = Progress.of(List.of(), 0, LocalDate.of(2026, 3, 10), PARIS);
    assertThat(r.accuracy()).isZero();
    assertThat(r.byTopic()).isEmpty();
    assertThat(r.confusion().counts()).hasDimensions(7, 7);
    assertThat(r.versusAi().items()).isZero();
  }
}
