package org.openderm.forecast.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One patient's daily severity series: day {@code d} is {@code start + d}; a missing day is {@link
 * #MISSING}, never zero.
 *
 * @param patient an identifier (a pseudonym or a synthetic label, never a name)
 * @param start the date of day 0
 * @param scores the total score per day (0..max) or {@link #MISSING}
 * @param items optional item scores, {@code items[item][day]} in the order of {@link PoScoradItem},
 *     or {@code null} when only totals are known
 */
public record DailySeries(String patient, LocalDate start, int[] scores, int[][] items) {

  /** The marker of a day without an assessment. */
  public static final int MISSING = -1;

  public DailySeries {
    Objects.requireNonNull(patient);
    Objects.requireNonNull(start);
    Objects.requireNonNull(scores);
    if (items != null && items.length != PoScoradItem.values().length) {
      throw new IllegalArgumentException("items must have one row per PO-SCORAD item");
    }
  }

  /** A series of totals only. */
  public static DailySeries ofTotals(String patient, LocalDate start, int... scores) {
    return new DailySeries(patient, start, scores, null);
  }

  /** The number of days covered. */
  public int length() {
    return scores.length;
  }

  /** Whether item scores are known (for at least the days where the total is). */
  public boolean hasItems() {
    return items != null;
  }

  /** The number of observed days among the first {@code upTo}. */
  public int observed(int upTo) {
    int n = 0;
    for (int d = 0; d < Math.min(upTo, scores.length); d++) {
      if (scores[d] != MISSING) {
        n++;
      }
    }
    return n;
  }

  /** The index of the last observed day before {@code upTo}, or -1. */
  public int lastObserved(int upTo) {
    for (int d = Math.min(upTo, scores.length) - 1; d >= 0; d--) {
      if (scores[d] != MISSING) {
        return d;
      }
    }
    return -1;
  }

  /** The first {@code upTo} days only: what was known on day {@code upTo - 1}. */
  public DailySeries truncated(int upTo) {
    int n = Math.min(upTo, scores.length);
    int[][] it = null;
    if (items != null) {
      it = new int[items.length][];
      for (int i = 0; i < items.length; i++) {
        it[i] = Arrays.copyOf(items[i], n);
      }
    }
    return new DailySeries(patient, start, Arrays.copyOf(scores, n), it);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DailySeries s
        && patient.equals(s.patient)
        && start.equals(s.start)
        && Arrays.equals(scores, s.scores)
        && Arrays.deepEquals(items, s.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patient, start, Arrays.hashCode(scores), Arrays.deepHashCode(items));
  }

  @Override
  public String toString() {
    return "DailySeries[" + patient + ", " + start + ", " + scores.length + " days]";
  }
}
