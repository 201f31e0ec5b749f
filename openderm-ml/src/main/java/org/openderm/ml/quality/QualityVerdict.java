package org.openderm.ml.quality;

import java.util.List;

/**
 * Whether a photo is good enough for automatic analysis, and if not why.
 *
 * @param acceptable true when no issue was found; no model may run on a photo that is not
 * @param issues the problems found, each with the key of the message saying how to retake
 * @param metrics the measured values the verdict was drawn from
 */
public record QualityVerdict(
    boolean acceptable, List<QualityIssue> issues, QualityMetrics metrics) {

  public QualityVerdict {
    issues = List.copyOf(issues);
    if (acceptable != issues.isEmpty()) {
      throw new IllegalArgumentException("acceptable must be true exactly when there is no issue");
    }
  }

  /** Whether the verdict lists {@code code}. */
  public boolean has(QualityIssue.Code code) {
    return issues.stream().anyMatch(i -> i.code() == code);
  }
}
