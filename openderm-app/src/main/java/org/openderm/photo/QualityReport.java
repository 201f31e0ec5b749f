package org.openderm.photo;

import java.util.List;
import org.openderm.ml.quality.QualityMetrics;

/**
 * A quality verdict as the API returns it: issue messages in the user's language.
 *
 * @param acceptable true when the photo may be used for automatic analysis
 * @param issues each problem found, with how to fix it
 * @param metrics the measured values behind the verdict
 */
public record QualityReport(boolean acceptable, List<Issue> issues, QualityMetrics metrics) {

  public QualityReport {
    issues = List.copyOf(issues);
  }

  /**
   * One problem.
   *
   * @param code stable issue code, such as {@code BLURRED}
   * @param message what is wrong and how to retake the photo, localised
   */
  public record Issue(String code, String message) {}
}
