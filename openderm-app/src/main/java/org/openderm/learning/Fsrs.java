package org.openderm.learning;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The FSRS-6 scheduler: from an item's memory state and a grade, the next memory state and the
 * interval after which the probability of recall falls to the learner's desired retention.
 *
 * <p>Source: open-spaced-repetition, "The Algorithm" (FSRS-6), fsrs4anki wiki,
 * https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm; Ye J, Su J, Cao Y, "A
 * Stochastic Shortest Path Algorithm for Optimizing Spaced Repetition Scheduling", KDD 2022.
 * Implemented here from those formulas (no FSRS library is available to this project).
 *
 * <p>Departures, on purpose: no sub-day learning steps (the quiz works in whole days: a new or
 * forgotten item comes back the next day at the earliest) and no interval fuzz (so that schedules
 * are reproducible and testable). Elapsed time is counted in whole days, as the reference
 * schedulers do; a second review within a day uses the short-term stability formula.
 *
 * <p>Not for: predicting a clinician's competence. Recall of a quiz item is what it models.
 */
final class Fsrs {

  static final double MIN_RETENTION = 0.70;
  static final double MAX_RETENTION = 0.97;
  private static final double MIN_STABILITY = 0.001;

  private final FsrsParameters p;
  private final double desiredRetention;
  private final int maxIntervalDays;
  private final double decay;
  private final double factor;

  Fsrs(FsrsParameters parameters, double desiredRetention, int maxIntervalDays) {
    if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
      throw new IllegalArgumentException(
          "desired retention must be in " + MIN_RETENTION + ".." + MAX_RETENTION);
    }
    if (maxIntervalDays < 1) {
      throw new IllegalArgumentException("the maximum interval is at least one day");
    }
    this.p = parameters;
    this.desiredRetention = desiredRetention;
    this.maxIntervalDays = maxIntervalDays;
    this.decay = -parameters.w(20);
    // Chosen so that R(S, S) = 0.9: stability is the time to fall to 90% recall.
    this.factor = Math.pow(0.9, 1 / decay) - 1;
  }

  /** The scheduler with the default FSRS-6 weights and a 100-year cap on intervals. */
  static Fsrs withDefaults(double desiredRetention) {
    return new Fsrs(FsrsParameters.defaults(), desiredRetention, 36_500);
  }

  double desiredRetention() {
    return desiredRetention;
  }

  /** R(t, S) = (1 + factor * t / S)^decay: the probability of recall after t days. */
  double retrievability(double elapsedDays, double stability) {
    return Math.pow(1 + factor * elapsedDays / stability, decay);
  }

  /** I(r, S) = S / factor * (r^(1/decay) - 1): the days until recall falls to r, unrounded. */
  double exactInterval(double stability) {
    return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
  }

  /** The interval in whole days: I(r, S) rounded, at least one day, at most the cap. */
  int intervalDays(double stability) {
    long rounded = Math.round(exactInterval(stability));
    return (int) Math.max(1, Math.min(maxIntervalDays, rounded));
  }

  /** S0(G) = w[G-1]: the stability after the first review. */
  double initialStability(Rating rating) {
    return Math.max(MIN_STABILITY, p.w(rating.grade() - 1));
  }

  /** D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped (mean reversion uses the raw D0(Easy)). */
  double rawInitialDifficulty(Rating rating) {
    return p.w(4) - Math.exp(p.w(5) * (rating.grade() - 1)) + 1;
  }

  double initialDifficulty(Rating rating) {
    return clampDifficulty(rawInitialDifficulty(rating));
  }

  /**
   * D'' = w7 D0(Easy) + (1 - w7) (D + dD (10 - D) / 9), with dD = -w6 (G - 3): linear damping near
   * 10, then a small reversion to the difficulty of an easy first review.
   */
  double nextDifficulty(double difficulty, Rating rating) {
    double delta = -p.w(6) * (rating.grade() - 3);
    double damped = difficulty + delta * (10 - difficulty) / 9;
    return clampDifficulty(p.w(7) * rawInitialDifficulty(Rating.EASY) + (1 - p.w(7)) * damped);
  }

  /**
   * S'r = S (e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) hard easy + 1), with the Hard penalty w15
   * and the Easy bonus w16: the stability after a successful recall.
   */
  double recallStability(double d, double s, double r, Rating rating) {
    double hard = rating == Rating.HARD ? p.w(15) : 1;
    double easy = rating == Rating.EASY ? p.w(16) : 1;
    double increase =
        Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9)) * (Math.exp(p.w(10) * (1 - r)) - 1);
    return Math.max(MIN_STABILITY, s * (1 + increase * hard * easy));
  }

  /**
   * S'f = min(w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), S / e^(w17 w18)): the stability after a
   * lapse, never above the stability before it.
   */
  double forgetStability(double d, double s, double r) {
    double longTerm =
        p.w(11)
            * Math.pow(d, -p.w(12))
            * (Math.pow(s + 1, p.w(13)) - 1)
            * Math.exp(p.w(14) * (1 - r));
    double shortTerm = s / Math.exp(p.w(17) * p.w(18));
    return Math.max(MIN_STABILITY, Math.min(longTerm, shortTerm));
  }

  /**
   * S' = S e^(w17 (G - 3 + w18)) S^-w19, never below S for Good or Easy: a second review on the
   * same day.
   */
  double shortTermStability(double s, Rating rating) {
    double increase = Math.exp(p.w(17) * (rating.grade() - 3 + p.w(18))) * Math.pow(s, -p.w(19));
    if (rating.grade() >= Rating.GOOD.grade()) {
      increase = Math.max(increase, 1);
    }
    return Math.max(MIN_STABILITY, s * increase);
  }

  /** Reviews an item never seen before. */
  CardState first(Rating rating, Instant now) {
    MemoryState memory = new MemoryState(initialStability(rating), initialDifficulty(rating));
    return schedule(memory, now, 1, 0);
  }

  /** Reviews an item with {@code card} as its current state, at {@code now}. */
  CardState review(CardState card, Rating rating, Instant now) {
    if (now.isBefore(card.lastReview())) {
      throw new IllegalArgumentException("a review cannot precede the previous one");
    }
    MemoryState m = card.memory();
    long elapsedDays = Duration.between(card.lastReview(), now).toDays();
    double s;
    if (elapsedDays < 1) {
      s = shortTermStability(m.stability(), rating);
    } else {
      double r = retrievability(elapsedDays, m.stability());
      s =
          rating.recalled()
              ? recallStability(m.difficulty(), m.stability(), r, rating)
              : forgetStability(m.difficulty(), m.stability(), r);
    }
    MemoryState next = new MemoryState(s, nextDifficulty(m.difficulty(), rating));
    int lapses = card.lapses() + (rating.recalled() ? 0 : 1);
    return schedule(next, now, card.reps() + 1, lapses);
  }

  private CardState schedule(MemoryState memory, Instant now, int reps, int lapses) {
    int days = intervalDays(memory.stability());
    return new CardState(memory, now, now.plus(days, ChronoUnit.DAYS), days, reps, lapses);
  }

  private static double clampDifficulty(double d) {
    return Math.min(10, Math.max(1, d));
  }
}
