package org.openderm.learning;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one learner stands with one item: its FSRS memory, when it was last reviewed and when it is
 * due again.
 *
 * @param memory stability and difficulty after the last review
 * @param lastReview when the item was last answered
 * @param due when the item should be shown again
 * @param intervalDays the whole days between {@code lastReview} and {@code due}
 * @param reps how many times the item was answered
 * @param lapses how many of those answers were wrong ({@link Rating#AGAIN}) after a first success
 */
public record CardState(
    MemoryState memory, Instant lastReview, Instant due, int intervalDays, int reps, int lapses) {

  public CardState {
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(lastReview, "lastReview");
    Objects.requireNonNull(due, "due");
    if (intervalDays < 1 || reps < 1 || lapses < 0) {
      throw new IllegalArgumentException("interval and reps are at least 1, lapses at least 0");
    }
  }

  /** True when the item is due at {@code now} or earlier. */
  public boolean isDue(Instant now) {
    return !due.isAfter(now);
  }
}
