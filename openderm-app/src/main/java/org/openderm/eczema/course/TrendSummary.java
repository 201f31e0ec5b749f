package org.openderm.eczema.course;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What a patient or clinician reads first under the course chart: the last value, its change since
 * the previous entry and its change over the last 4 weeks.
 *
 * <p>The 4-week change compares the last value with the latest entry taken at least 28 days before
 * it; with no such entry it is {@code null} (too short a history), never extrapolated. A negative
 * change is an improvement for every instrument here (higher scores are worse).
 *
 * @param entries how many entries the summary is built from
 * @param last the last score, or {@code null} with no entries
 * @param lastAt when the last score was taken
 * @param lastBand the last score's band key
 * @param changeSincePrevious last minus the previous entry, or {@code null} with one entry
 * @param changeOver4Weeks last minus the latest entry at least 28 days older, or {@code null}
 */
public record TrendSummary(
    int entries,
    Double last,
    Instant lastAt,
    String lastBand,
    Double changeSincePrevious,
    Double changeOver4Weeks) {

  /** The look-back of the longer comparison. */
  public static final Duration FOUR_WEEKS = Duration.ofDays(28);

  /** The summary of a series, in any order. */
  public static TrendSummary of(List<CoursePoint> points) {
    if (points.isEmpty()) {
      return new TrendSummary(0, null, null, null, null, null);
    }
    List<CoursePoint> sorted =
        points.stream().sorted(Comparator.comparing(CoursePoint::takenAt)).toList();
    CoursePoint last = sorted.get(sorted.size() - 1);
    Double sincePrevious =
        sorted.size() < 2 ? null : round(last.score() - sorted.get(sorted.size() - 2).score());
    Instant cutoff = last.takenAt().minus(FOUR_WEEKS);
    Double overFourWeeks =
        sorted.stream()
            .filter(point -> !point.takenAt().isAfter(cutoff))
            .reduce((first, second) -> second)
            .map(point -> round(last.score() - point.score()))
            .orElse(null);
    return new TrendSummary(
        sorted.size(), last.score(), last.takenAt(), last.band(), sincePrevious, overFourWeeks);
  }

  /** Differences of decimal scores, without binary noise (45.1 - 40.0 is 5.1, not 5.100000001). */
  private static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
