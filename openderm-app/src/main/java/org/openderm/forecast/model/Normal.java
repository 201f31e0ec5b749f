package org.openderm.forecast.model;

/** The standard normal and logistic distribution functions, fast enough for inner loops. */
public final class Normal {

  private Normal() {}

  /**
   * The standard normal CDF Φ(x), from the complementary error function approximation 7.1.26 of
   * Abramowitz and Stegun (absolute error below 1.5e-7), ample for discretised forecasts.
   */
  public static double cdf(double x) {
    double z = Math.abs(x) / Math.sqrt(2);
    double t = 1 / (1 + 0.3275911 * z);
    double poly =
        t
            * (0.254829592
                + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    double erfc = poly * Math.exp(-z * z);
    return x >= 0 ? 1 - erfc / 2 : erfc / 2;
  }

  /** The logistic function 1 / (1 + e^-x). */
  public static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** log C(n, k). */
  public static double logChoose(int n, int k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  private static final double[] LOG_FACTORIAL = new double[1024];

  static {
    for (int i = 2; i < LOG_FACTORIAL.length; i++) {
      LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
    }
  }

  /** log(n!) from a table (severity scores stay far below its 1023 limit). */
  public static double logFactorial(int n) {
    return LOG_FACTORIAL[n];
  }

  /** The binomial pmf Bin(k; n, p) for k = 0..n. */
  public static double[] binomial(int n, double p) {
    double[] out = new double[n + 1];
    double lp = Math.log(Math.max(p, 1e-300));
    double lq = Math.log(Math.max(1 - p, 1e-300));
    for (int k = 0; k <= n; k++) {
      out[k] = Math.exp(logChoose(n, k) + k * lp + (n - k) * lq);
    }
    return out;
  }
}
