package org.openderm.eczema.course;

import java.time.Instant;
import java.util.Objects;

/**
 * One score of one instrument on the course chart.
 *
 * @param takenAt when the assessment was made (not when it was typed in)
 * @param score the computed score
 * @param band the band's key in the assessment's band set
 */
public record CoursePoint(Instant takenAt, double score, String band) {

  public CoursePoint {
    Objects.requireNonNull(takenAt);
  }
}
