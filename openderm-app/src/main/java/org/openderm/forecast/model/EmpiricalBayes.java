package org.openderm.forecast.model;

/**
 * Population priors estimated across patients (empirical Bayes, Robbins 1956): the prior weights
 * over a discrete parameter grid that maximise the marginal likelihood of the whole cohort.
 */
final class EmpiricalBayes {

  /** Share of uniform weight kept in every estimated prior, so that no θ is ruled out. */
  static final double FLOOR = 0.10;

  private EmpiricalBayes() {}

  /**
   * The nonparametric maximum likelihood mixture weights w over a grid, by EM: w ← mean over
   * patients of their posterior p(θ | y_i, w), starting from {@code start}; then floored.
   *
   * @param logLik {@code logLik[i][j]} = log p(y_i | θ_j)
   */
  static double[] mixtureWeights(double[][] logLik, double[] start) {
    double[] w = start.clone();
    if (logLik.length == 0) {
      return w;
    }
    for (int it = 0; it < 100; it++) {
      double[] next = new double[w.length];
      for (double[] row : logLik) {
        Pmfs.addScaled(next, Pmfs.posterior(w, row), 1.0 / logLik.length);
      }
      w = next;
    }
    for (int j = 0; j < w.length; j++) {
      w[j] = (1 - FLOOR) * w[j] + FLOOR / w.length;
    }
    return w;
  }
}
