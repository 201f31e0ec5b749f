package org.openderm.forecast.model;

/**
 * OrderedRW of EczemaPred (Hurault et al., Clin Transl Allergy 2022;12:e12140): an ordered logistic
 * measurement of a latent random walk.
 *
 * <pre>
 *   P(y(t) &le; k | z(t)) = logistic((c(k) - z(t)) / s),  c(k) = k + 1/2,  k = 0..M-1
 *   z(t+1) = z(t) + σ ε(t),  ε ~ N(0, 1)
 * </pre>
 *
 * <p>Departure from the paper, on purpose: the cut-points are fixed one score unit apart instead of
 * estimated (with up to 103 categories a per-patient estimate of each cut-point is not identifiable
 * from a few weeks of data), and the measurement scale s is estimated instead; σ and s are in score
 * units, on grids proportional to M. The latent grid spans [-0.2 M, 1.2 M]. Use it for any ordinal
 * score; it tolerates day-to-day noise larger than binomial.
 */
public final class OrderedRw {

  static final double[] SIGMA_FRACTIONS = {0.004, 0.01, 0.022, 0.045, 0.09};
  static final double[] SCALE_FRACTIONS = {0.008, 0.025, 0.06};

  private OrderedRw() {}

  /** The model for scores {@code 0..max} with the default grid. */
  public static LatentGridModel create(int max) {
    return create(max, max > 20 ? 72 : 40);
  }

  /** The model with {@code gridSize} latent points (the grid-refinement test uses more). */
  public static LatentGridModel create(int max, int gridSize) {
    double margin = 0.2 * max + 1;
    double[] grid = BinRw.evenGrid(-margin, max + margin, gridSize);
    int n = SIGMA_FRACTIONS.length * SCALE_FRACTIONS.length;
    double[][] thetas = new double[n][];
    double[][][] emissions = new double[n][][];
    double[][][] byScale = new double[SCALE_FRACTIONS.length][][];
    for (int b = 0; b < SCALE_FRACTIONS.length; b++) {
      byScale[b] = emission(grid, max, Math.max(0.15, SCALE_FRACTIONS[b] * max));
    }
    int j = 0;
    for (double sf : SIGMA_FRACTIONS) {
      for (int b = 0; b < SCALE_FRACTIONS.length; b++) {
        thetas[j] =
            new double[] {Math.max(0.02, sf * max), Math.max(0.15, SCALE_FRACTIONS[b] * max)};
        emissions[j] = byScale[b];
        j++;
      }
    }
    return new LatentGridModel("OrderedRW", max, grid, thetas, emissions, k -> k);
  }

  private static double[][] emission(double[] grid, int max, double scale) {
    double[][] em = new double[max + 1][grid.length];
    for (int g = 0; g < grid.length; g++) {
      double prev = 0;
      for (int k = 0; k < max; k++) {
        double c = Normal.logistic((k + 0.5 - grid[g]) / scale);
        em[k][g] = Math.max(c - prev, 0);
        prev = c;
      }
      em[max][g] = 1 - prev;
    }
    return em;
  }
}
