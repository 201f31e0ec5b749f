package org.openderm.forecast.model;

/**
 * One day's step of a Gaussian random walk z(t+1) = z(t) + σ ε, ε ~ N(0, 1), on an evenly spaced
 * grid of step Δ, with the walk kept inside the grid (mass that would leave is renormalised onto
 * the reachable points).
 *
 * <p>Why variance matching: a Gaussian sampled at the grid points has the wrong variance when σ is
 * not much larger than Δ (it collapses to "never move" for σ &lt; Δ/2), which biases the fitted σ.
 * The kernel's width is therefore solved so that its discrete variance equals σ² exactly; the
 * grid-refinement test checks the remaining discretisation error.
 */
final class RandomWalkKernel {

  private final double[] weights;
  private final int band;

  RandomWalkKernel(double sigma, double step) {
    double s = matchWidth(sigma, step);
    this.band = Math.max(1, (int) Math.ceil(4 * Math.max(s, sigma) / step));
    this.weights = gaussian(s, step, band);
  }

  /** Propagates a distribution over the grid one day forward, in place. */
  void propagate(double[] alpha, double[] scratch, double[] rowNorm) {
    int g = alpha.length;
    for (int i = 0; i < g; i++) {
      scratch[i] = alpha[i] / rowNorm[i];
    }
    for (int j = 0; j < g; j++) {
      int lo = Math.max(0, j - band);
      int hi = Math.min(g - 1, j + band);
      double s = 0;
      for (int i = lo; i <= hi; i++) {
        s += scratch[i] * weights[j - i + band];
      }
      alpha[j] = s;
    }
  }

  /** The total kernel mass that stays on the grid from each point, for the renormalisation. */
  double[] rowNorms(int gridSize) {
    double[] norm = new double[gridSize];
    for (int i = 0; i < gridSize; i++) {
      int lo = Math.max(0, i - band);
      int hi = Math.min(gridSize - 1, i + band);
      for (int j = lo; j <= hi; j++) {
        norm[i] += weights[j - i + band];
      }
    }
    return norm;
  }

  private static double[] gaussian(double s, double step, int band) {
    double[] w = new double[2 * band + 1];
    double sum = 0;
    for (int d = -band; d <= band; d++) {
      double x = d * step / s;
      w[d + band] = Math.exp(-0.5 * x * x);
      sum += w[d + band];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }

  private static double variance(double s, double step) {
    int band = Math.max(1, (int) Math.ceil(6 * s / step));
    double[] w = gaussian(s, step, band);
    double v = 0;
    for (int d = -band; d <= band; d++) {
      v += w[d + band] * d * step * d * step;
    }
    return v;
  }

  private static double matchWidth(double sigma, double step) {
    double lo = 1e-6;
    double hi = Math.max(2 * sigma, step);
    for (int it = 0; it < 50; it++) {
      double mid = 0.5 * (lo + hi);
      if (variance(mid, step) < sigma * sigma) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
