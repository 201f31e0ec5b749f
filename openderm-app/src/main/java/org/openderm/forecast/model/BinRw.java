package org.openderm.forecast.model;

/**
 * BinRW of EczemaPred (Hurault et al., Clin Transl Allergy 2022;12:e12140): a binomial measurement
 * of a latent random walk on the logit scale.
 *
 * <pre>
 *   y(t) ~ Binomial(M, logistic(z(t)))
 *   z(t+1) = z(t) + σ ε(t),  ε ~ N(0, 1)
 * </pre>
 *
 * <p>σ takes values on a log-spaced grid (0.03 to 1.2 on the logit scale); z on an even grid over
 * [-7, 7] (logistic(-7) M &lt; 0.1 point, so clear skin is representable). Suited to bounded counts
 * and scores with binomial-like noise (extent, itch, sleep, the total). Not for scores whose
 * day-to-day noise is much larger than binomial: its predictive intervals are then too narrow, and
 * OrderedRW or the ensemble do better.
 */
public final class BinRw {

  static final double[] SIGMAS = {0.03, 0.06, 0.1, 0.16, 0.25, 0.4, 0.65, 1.2};

  private BinRw() {}

  /** The model for scores {@code 0..max} with the default grid. */
  public static LatentGridModel create(int max) {
    return create(max, max > 20 ? 64 : 48);
  }

  /** The model with {@code gridSize} latent points (the grid-refinement test uses more). */
  public static LatentGridModel create(int max, int gridSize) {
    double[] grid = evenGrid(-7, 7, gridSize);
    double[][] em = new double[max + 1][grid.length];
    for (int g = 0; g < grid.length; g++) {
      double[] b = Normal.binomial(max, Normal.logistic(grid[g]));
      for (int k = 0; k <= max; k++) {
        em[k][g] = b[k];
      }
    }
    double[][] thetas = new double[SIGMAS.length][];
    double[][][] emissions = new double[SIGMAS.length][][];
    for (int j = 0; j < SIGMAS.length; j++) {
      thetas[j] = new double[] {SIGMAS[j]};
      emissions[j] = em;
    }
    return new LatentGridModel(
        "BinRW",
        max,
        grid,
        thetas,
        emissions,
        k -> {
          double p = (k + 0.5) / (max + 1);
          return Math.log(p / (1 - p));
        });
  }

  static double[] evenGrid(double lo, double hi, int n) {
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = lo + (hi - lo) * i / (n - 1);
    }
    return g;
  }
}
