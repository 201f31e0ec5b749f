package org.openderm.forecast.model;

import java.util.List;

/**
 * The population prior of the Gaussian models (AR(1), exponential smoothing, random walk): a
 * typical level, a typical day-to-day innovation scale, and how many pseudo-observations each is
 * worth against the patient's own data.
 *
 * @param mean the population mean score
 * @param sd the population innovation standard deviation (score points per day)
 * @param pseudoCount the weight of the prior, in observations
 */
record GaussianPrior(double mean, double sd, double pseudoCount) {

  /** A weakly informative default for scores {@code 0..max}: a mild level, moderate noise. */
  static GaussianPrior weak(int max) {
    return new GaussianPrior(0.3 * max, 0.06 * max, 3);
  }

  /** Estimated across patients: pooled mean, and pooled root mean squared daily change. */
  static GaussianPrior estimate(List<DailySeries> cohort, int max) {
    double sum = 0;
    double n = 0;
    double sq = 0;
    double m = 0;
    for (DailySeries s : cohort) {
      int prev = -1;
      int[] y = s.scores();
      for (int d = 0; d < y.length; d++) {
        if (y[d] == DailySeries.MISSING) {
          continue;
        }
        sum += y[d];
        n++;
        if (prev >= 0) {
          double diff = y[d] - y[prev];
          sq += diff * diff / (d - prev);
          m++;
        }
        prev = d;
      }
    }
    if (n == 0 || m == 0) {
      return weak(max);
    }
    return new GaussianPrior(sum / n, Math.max(Math.sqrt(sq / m), 0.5), 3);
  }

  /** Posterior variance from a residual sum of squares: the inverse-gamma posterior mean. */
  double variance(double residualSquares, double count) {
    return (residualSquares + pseudoCount * sd * sd) / (count + pseudoCount);
  }
}
