package org.openderm.learning;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A learner's own settings.
 *
 * @param desiredRetention the probability of recall at which FSRS schedules a review, 0.70..0.97:
 *     higher means more reviews and fewer lapses
 * @param timeZone the zone in which days, weeks and streaks are counted
 */
public record LearnerSettings(double desiredRetention, ZoneId timeZone) {

  public LearnerSettings {
    Objects.requireNonNull(timeZone, "timeZone");
  }
}
