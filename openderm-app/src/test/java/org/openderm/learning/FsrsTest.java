package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against values worked out by hand from the published formulas and default weights
 * (fsrs4anki wiki, "The Algorithm"). Each expected value is derived in the comment above it.
 */
class FsrsTest {

  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
  private final Fsrs fsrs = Fsrs.withDefaults(0.9);

  @Test
  void factor_makesRecallNinetyPercentAfterOneStability() {
    // decay = -w20 = -0.1542; factor = 0.9^(1/decay) - 1 = 0.9^(-6.4851) - 1 = 0.98035
    // R(S, S) = (1 + factor)^decay = 0.9 by construction, for any S.
    assertThat(fsrs.retrievability(10, 10)).isCloseTo(0.9, within(1e-12));
    assertThat(fsrs.retrievability(0, 3)).isEqualTo(1.0);
    // R(2, 2.3065) = (1 + 0.98035 * 2 / 2.3065)^-0.1542 = 1.85007^-0.1542 = 0.90949
    assertThat(fsrs.retrievability(2, 2.3065)).isCloseTo(0.90949, within(1e-5));
  }

  @Test
  void firstReview_usesInitialStabilityAndDifficulty() {
    // Good: S0 = w2 = 2.3065; D0(3) = w4 - e^(2 w5) + 1 = 6.4133 - e^1.6668 + 1 = 2.11810
    CardState good = fsrs.first(Rating.GOOD, T0);
    assertThat(good.memory().stability()).isEqualTo(2.3065);
    assertThat(good.memory().difficulty()).isCloseTo(2.11810, within(1e-5));
    // At r = 0.9 the interval equals S: round(2.3065) = 2 days.
    assertThat(good.intervalDays()).isEqualTo(2);
    assertThat(good.due()).isEqualTo(T0.plus(2, ChronoUnit.DAYS));

    // Again: S0 = w0 = 0.212, D0(1) = w4 = 6.4133; round(0.212) = 0, raised to the 1-day floor.
    CardState again = fsrs.first(Rating.AGAIN, T0);
    assertThat(again.memory().stability()).isEqualTo(0.212);
    assertThat(again.memory().difficulty()).isCloseTo(6.4133, within(1e-9));
    assertThat(again.intervalDays()).isEqualTo(1);

    // Easy: D0(4) = 6.4133 - e^(3 * 0.8334) + 1 = -4.7716, clamped to 1; S0 = w3 = 8.2956 -> 8 d.
    CardState easy = fsrs.first(Rating.EASY, T0);
    assertThat(easy.memory().difficulty()).isEqualTo(1.0);
    assertThat(easy.intervalDays()).isEqualTo(8);
  }

  @Test
  void intervalFormula_atLowerRetention_waitsLonger() {
    // I(0.8, 2.3065) = 2.3065 / 0.98035 * (0.8^(-1/0.1542) - 1) = 2.35274 * 3.25078 = 7.6483 -> 8
    Fsrs relaxed = Fsrs.withDefaults(0.8);
    assertThat(relaxed.exactInterval(2.3065)).isCloseTo(7.6483, within(1e-3));
    assertThat(relaxed.intervalDays(2.3065)).isEqualTo(8);
  }

  @Test
  void goodOnDueDay_followsRecallStabilityFormula() {
    CardState first = fsrs.first(Rating.GOOD, T0);
    // Two days later R = 0.90949 (above). With D = 2.11810, S = 2.3065:
    // SInc = e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1)
    //      = e^1.8722 * 8.88190 * 2.3065^-0.1666 * (e^(0.796 * 0.09051) - 1)
    //      = 6.50259 * 8.88190 * 0.87003 * 0.07470 = 3.75366
    // S'r = S (1 + SInc) = 2.3065 * 4.75366 = 10.9643 -> interval 11 days.
    CardState second = fsrs.review(first, Rating.GOOD, first.due());
    assertThat(second.memory().stability()).isCloseTo(10.9643, within(1e-3));
    assertThat(second.intervalDays()).isEqualTo(11);
    // D' = D (G = 3, no change); D'' = w7 D0(4) + (1 - w7) D = 0.001 * -4.77163 + 0.999 * 2.11810
    //    = 2.11121
    assertThat(second.memory().difficulty()).isCloseTo(2.11121, within(1e-5));
    assertThat(second.reps()).isEqualTo(2);
    assertThat(second.lapses()).isZero();
  }

  @Test
  void againOnDueDay_followsForgetStabilityFormula() {
    CardState first = fsrs.first(Rating.GOOD, T0);
    // long term = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R))
    //           = 1.4835 * 2.11810^-0.0614 * (3.3065^0.2629 - 1) * e^(1.6483 * 0.09051)
    //           = 1.4835 * 0.95496 * 0.36944 * 1.16088 = 0.60758
    // short term cap = S / e^(w17 w18) = 2.3065 / e^(0.5425 * 0.0912) = 2.21628
    CardState lapse = fsrs.review(first, Rating.AGAIN, first.due());
    assertThat(lapse.memory().stability()).isCloseTo(0.60758, within(1e-4));
    assertThat(lapse.intervalDays()).isEqualTo(1);
    assertThat(lapse.lapses()).isEqualTo(1);
    // dD = -w6 (1 - 3) = 6.0388; D' = 2.11810 + 6.0388 * 7.88190 / 9 = 7.40664
    // D'' = 0.001 * -4.77163 + 0.999 * 7.40664 = 7.39450
    assertThat(lapse.memory().difficulty()).isCloseTo(7.39450, within(1e-4));
  }

  @Test
  void sameDayReview_usesShortTermStability() {
    CardState first = fsrs.first(Rating.GOOD, T0);
    // S' = S e^(w17 (G - 3 + w18)) S^-w19. Again (G = 1):
    //    = 2.3065 * e^(0.5425 * -1.9088) * 2.3065^-0.0658 = 2.3065 * 0.35502 * 0.94651 = 0.77508
    CardState again = fsrs.review(first, Rating.AGAIN, T0.plus(1, ChronoUnit.HOURS));
    assertThat(again.memory().stability()).isCloseTo(0.77508, within(1e-4));
    // Good (G = 3): e^(0.5425 * 0.0912) * 0.94650 = 0.99450 < 1, floored at 1: S unchanged.
    CardState good = fsrs.review(first, Rating.GOOD, T0.plus(1, ChronoUnit.HOURS));
    assertThat(good.memory().stability()).isEqualTo(2.3065);
  }

  @Test
  void rejectsOutOfRangeRetentionAndReviewsBackInTime() {
    assertThatThrownBy(() -> Fsrs.withDefaults(0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fsrs.withDefaults(0.99)).isInstanceOf(IllegalArgumentException.class);
    CardState first = fsrs.first(Rating.GOOD, T0);
    assertThatThrownBy(() -> fsrs.review(first, Rating.GOOD, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parameters_outsidePublishedBounds_areRejected() {
    double[] w = FsrsParameters.defaults().w();
    w[20] = 0.05;
    assertThatThrownBy(() -> new FsrsParameters(w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("w20");
    assertThatThrownBy(() -> new FsrsParameters(new double[19]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
