package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties every FSRS schedule must keep, over random memory states and retentions. */
class FsrsPropertiesTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Provide
  Arbitrary<CardState> reviewedCards() {
    return Combinators.combine(
            Arbitraries.doubles().between(0.2, 3000),
            Arbitraries.doubles().between(1, 10),
            Arbitraries.integers().between(1, 20))
        .as(
            (s, d, reps) -> {
              Fsrs f = Fsrs.withDefaults(0.9);
              int days = f.intervalDays(s);
              return new CardState(
                  new MemoryState(s, d), T0, T0.plusSeconds(86_400L * days), days, reps, 0);
            });
  }

  @Property
  void goodAndEasy_onTheDueDay_lengthenTheInterval(
      @ForAll("reviewedCards") CardState card,
      @ForAll @DoubleRange(min = 0.7, max = 0.97) double retention) {
    Fsrs fsrs = Fsrs.withDefaults(retention);
    CardState scheduled = rescheduled(fsrs, card);
    for (Rating rating : new Rating[] {Rating.GOOD, Rating.EASY}) {
      CardState next = fsrs.review(scheduled, rating, scheduled.due());
      assertThat(next.memory().stability()).isGreaterThan(scheduled.memory().stability());
      assertThat(next.intervalDays()).isGreaterThanOrEqualTo(scheduled.intervalDays());
    }
  }

  @Property
  void easy_neverSchedulesSoonerThanGood_norGoodSoonerThanHard(
      @ForAll("reviewedCards") CardState card, @ForAll @IntRange(min = 1, max = 400) int late) {
    Fsrs fsrs = Fsrs.withDefaults(0.9);
    Instant at = card.lastReview().plusSeconds(86_400L * late);
    int hard = fsrs.review(card, Rating.HARD, at).intervalDays();
    int good = fsrs.review(card, Rating.GOOD, at).intervalDays();
    int easy = fsrs.review(card, Rating.EASY, at).intervalDays();
    assertThat(good).isGreaterThanOrEqualTo(hard);
    assertThat(easy).isGreaterThanOrEqualTo(good);
  }

  @Property
  void again_shrinksStabilityAndInterval(
      @ForAll("reviewedCards") CardState card, @ForAll @IntRange(min = 0, max = 400) int late) {
    Fsrs fsrs = Fsrs.withDefaults(0.9);
    Instant at = card.lastReview().plusSeconds(86_400L * late + 60);
    CardState next = fsrs.review(card, Rating.AGAIN, at);
    assertThat(next.memory().stability()).isLessThan(card.memory().stability());
    assertThat(next.intervalDays()).isLessThanOrEqualTo(card.intervalDays());
    assertThat(next.lapses()).isEqualTo(card.lapses() + 1);
  }

  @Property
  void predictedRecallOnTheDueDay_isTheDesiredRetention_withinDayRounding(
      @ForAll @DoubleRange(min = 0.5, max = 5000) double stability,
      @ForAll @DoubleRange(min = 0.7, max = 0.97) double retention) {
    Fsrs fsrs = Fsrs.withDefaults(retention);
    double exact = fsrs.exactInterval(stability);
    // Unrounded, the formula inverts R exactly.
    assertThat(fsrs.retrievability(exact, stability)).isCloseTo(retention, within(1e-9));
    // Rounded to a whole day (and at least one), recall on the due day is within what half a day
    // of forgetting can change.
    Assume.that(exact >= 1 && exact < 36_000); // away from the 1-day floor and the cap
    int days = fsrs.intervalDays(stability);
    double early = fsrs.retrievability(exact - 0.5, stability);
    double late = fsrs.retrievability(exact + 0.5, stability);
    double onDueDay = fsrs.retrievability(days, stability);
    assertThat(onDueDay).isBetween(late - 1e-12, early + 1e-12);
    // From a week on, that is less than one percentage point (|dR/dt| / 2 < 0.05 / I).
    if (exact >= 7) {
      assertThat(onDueDay).isCloseTo(retention, within(0.01));
    }
  }

  @Property
  void difficultyStaysInRange(
      @ForAll("reviewedCards") CardState card, @ForAll @IntRange(min = 1, max = 4) int grade) {
    Fsrs fsrs = Fsrs.withDefaults(0.9);
    Rating rating = Rating.values()[grade - 1];
    double d = fsrs.review(card, rating, card.due()).memory().difficulty();
    assertThat(d).isBetween(1.0, 10.0);
  }

  private static CardState rescheduled(Fsrs fsrs, CardState card) {
    int days = fsrs.intervalDays(card.memory().stability());
    return new CardState(
        card.memory(),
        card.lastReview(),
        card.lastReview().plusSeconds(86_400L * days),
        days,
        card.reps(),
        card.lapses());
  }

  private static org.assertj.core.data.Offset<Double> within(double v) {
    return org.assertj.core.data.Offset.offset(v);
  }
}
