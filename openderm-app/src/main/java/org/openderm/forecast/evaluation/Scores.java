package org.openderm.forecast.evaluation;

/**
 * Proper scoring rules for forecasts of integer scores, as used by EczemaPred (Hurault et al., Clin
 * Transl Allergy 2022;12:e12140).
 */
public final class Scores {

  private Scores() {}

  /**
   * The ranked probability score (Epstein 1969), normalised by the number of thresholds so that it
   * lies in [0, 1]; lower is better.
   *
   * <pre>
   *   RPS(p, y) = (1 / M) Σ_{k=0}^{M-1} (F(k) - 1[y &le; k])²,  F(k) = Σ_{j&le;k} p(j)
   * </pre>
   */
  public static double rps(double[] p, int y) {
    int m = p.length - 1;
    double cum = 0;
    double s = 0;
    for (int k = 0; k < m; k++) {
      cum += p[k];
      double d = cum - (y <= k ? 1 : 0);
      s += d * d;
    }
    return s / m;
  }

  /** The log predictive density log p(y) (natural log); higher is better. */
  public static double logPredictive(double[] p, int y) {
    return Math.log(Math.max(p[y], 1e-300));
  }
}
