package org.openderm.forecast.model;

/**
 * Small numerical helpers for probability mass functions over the integer scores {@code 0..max}.
 *
 * <p>Every forecast in this package is such a vector. The helpers are plain static functions so
 * that the models stay free of framework code and easy to test.
 */
public final class Pmfs {

  /**
   * Weight of the uniform distribution mixed into every model's predictive distribution.
   *
   * <p>Why: a model that puts (numerically) zero mass on an observed score would give an infinite
   * log predictive density; a 0.1% uniform floor bounds the damage of any single surprise while
   * changing the ranked probability score by less than 0.001.
   */
  public static final double FLOOR = 1e-3;

  private Pmfs() {}

  /** Scales {@code p} in place so that it sums to one and returns the former sum. */
  public static double normalize(double[] p) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    if (!(sum > 0) || Double.isInfinite(sum)) {
      java.util.Arrays.fill(p, 1.0 / p.length);
      return 0;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return sum;
  }

  /** Returns {@code (1 - FLOOR) p + FLOOR uniform}, normalised. */
  public static double[] floored(double[] p) {
    double[] q = p.clone();
    normalize(q);
    double u = FLOOR / q.length;
    for (int i = 0; i < q.length; i++) {
      q[i] = (1 - FLOOR) * q[i] + u;
    }
    return q;
  }

  /** The uniform distribution over {@code 0..max}. */
  public static double[] uniform(int max) {
    double[] p = new double[max + 1];
    java.util.Arrays.fill(p, 1.0 / (max + 1));
    return p;
  }

  /** The smallest score whose cumulative probability reaches {@code q}. */
  public static int quantile(double[] p, double q) {
    double c = 0;
    for (int k = 0; k < p.length; k++) {
      c += p[k];
      if (c >= q - 1e-12) {
        return k;
      }
    }
    return p.length - 1;
  }

  /** The mean score. */
  public static double mean(double[] p) {
    double m = 0;
    for (int k = 0; k < p.length; k++) {
      m += k * p[k];
    }
    return m;
  }

  /** {@code P(score >= threshold)}. */
  public static double upperTail(double[] p, int threshold) {
    double s = 0;
    for (int k = Math.max(0, threshold); k < p.length; k++) {
      s += p[k];
    }
    return Math.min(1, s);
  }

  /**
   * A normal distribution N(mean, sd²) discretised to the integer scores {@code 0..max} by
   * rounding, with the mass outside the range put on the end points (censoring), because bounded
   * severity scores pile up at zero when the skin is clear.
   */
  public static double[] censoredNormal(double mean, double sd, int max) {
    double[] p = new double[max + 1];
    double s = Math.max(sd, 1e-3);
    double prev = 0;
    for (int k = 0; k < max; k++) {
      double c = Normal.cdf((k + 0.5 - mean) / s);
      p[k] = c - prev;
      prev = c;
    }
    p[max] = 1 - prev;
    for (int k = 0; k <= max; k++) {
      p[k] = Math.max(p[k], 0);
    }
    normalize(p);
    return p;
  }

  /** {@code log(sum(exp(x)))}, stable for large magnitudes. */
  public static double logSumExp(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    double s = 0;
    for (double v : x) {
      s += Math.exp(v - m);
    }
    return m + Math.log(s);
  }

  /** Posterior weights {@code prior_j exp(logLik_j)}, normalised. */
  public static double[] posterior(double[] prior, double[] logLik) {
    double[] lw = new double[prior.length];
    for (int j = 0; j < prior.length; j++) {
      lw[j] = prior[j] > 0 ? Math.log(prior[j]) + logLik[j] : Double.NEGATIVE_INFINITY;
    }
    double z = logSumExp(lw);
    double[] w = new double[prior.length];
    for (int j = 0; j < prior.length; j++) {
      w[j] = Math.exp(lw[j] - z);
    }
    return w;
  }

  /** Adds {@code weight * q} to {@code acc} element-wise. */
  public static void addScaled(double[] acc, double[] q, double weight) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += weight * q[i];
    }
  }

  /** One value of {@link #censoredNormal}: P(score = y) under N(mean, sd²) rounded and censored. */
  public static double censoredNormalAt(int y, double mean, double sd, int max) {
    double s = Math.max(sd, 1e-3);
    double hi = y >= max ? 1 : Normal.cdf((y + 0.5 - mean) / s);
    double lo = y <= 0 ? 0 : Normal.cdf((y - 0.5 - mean) / s);
    return Math.max(hi - lo, 1e-300);
  }
}
