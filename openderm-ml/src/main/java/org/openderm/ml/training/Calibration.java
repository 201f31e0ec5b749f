package org.openderm.ml.training;

/**
 * Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017): one
 * scalar {@code T > 0} dividing the logits, fitted by minimising the negative log-likelihood on
 * validation. It changes confidence, never the ranking or the arg-max.
 */
public final class Calibration {

  private Calibration() {}

  /** Softmax of {@code logits / t}. */
  public static double[] softmax(double[] logits, double t) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logits) {
      max = Math.max(max, v / t);
    }
    double[] p = new double[logits.length];
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(logits[c] / t - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Mean negative log-likelihood of the true classes at temperature {@code t}. */
  public static double nll(double[][] logits, int[] truth, double t) {
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      sum -= Math.log(Math.max(1e-12, softmax(logits[i], t)[truth[i]]));
    }
    return sum / logits.length;
  }

  /** The temperature minimising the NLL, by golden-section search of log T in [-3, 3]. */
  public static double fitTemperature(double[][] logits, int[] truth) {
    double lo = -3;
    double hi = 3;
    double g = (Math.sqrt(5) - 1) / 2;
    double a = hi - g * (hi - lo);
    double b = lo + g * (hi - lo);
    double fa = nll(logits, truth, Math.exp(a));
    double fb = nll(logits, truth, Math.exp(b));
    for (int it = 0; it < 60; it++) {
      if (fa < fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - g * (hi - lo);
        fa = nll(logits, truth, Math.exp(a));
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + g * (hi - lo);
        fb = nll(logits, truth, Math.exp(b));
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  /** Probabilities of every row at temperature {@code t}. */
  public static double[][] probabilities(double[][] logits, double t) {
    double[][] p = new double[logits.length][];
    for (int i = 0; i < p.length; i++) {
      p[i] = softmax(logits[i], t);
    }
    return p;
  }
}
