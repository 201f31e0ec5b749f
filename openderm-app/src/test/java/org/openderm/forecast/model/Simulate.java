package org.openderm.forecast.model;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Simulators of the models' own generative assumptions, for the parameter-recovery tests. */
final class Simulate {

  static final LocalDate START = LocalDate.of(2026, 1, 1);

  private Simulate() {}

  static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble()))
        * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  static int binomial(SplittableRandom rng, int n, double p) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      k += rng.nextDouble() < p ? 1 : 0;
    }
    return k;
  }

  /** BinRW: y ~ Bin(M, logistic(z)), z a random walk from z0, kept in [-5, 3]. */
  static DailySeries binRw(int max, double sigma, double z0, int days, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] y = new int[days];
    double z = z0;
    for (int d = 0; d < days; d++) {
      y[d] = binomial(rng, max, 1 / (1 + Math.exp(-z)));
      z = Math.max(-5, Math.min(3, z + sigma * gaussian(rng)));
    }
    return DailySeries.ofTotals("sim", START, y);
  }

  /** OrderedRW: y = k iff k - 1/2 &lt; z + s L &le; k + 1/2, L standard logistic, clamped. */
  static DailySeries orderedRw(
      int max, double sigma, double scale, double z0, int days, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] y = new int[days];
    double z = z0;
    for (int d = 0; d < days; d++) {
      double u = rng.nextDouble();
      double latent = z + scale * Math.log(u / (1 - u));
      y[d] = (int) Math.max(0, Math.min(max, Math.ceil(latent - 0.5)));
      z = Math.max(0.1 * max, Math.min(0.9 * max, z + sigma * gaussian(rng)));
    }
    return DailySeries.ofTotals("sim", START, y);
  }

  /** BinMC: y(t+1) = Bin(y, 1 - p10) + Bin(M - y, p01). */
  static DailySeries binMc(int max, double p01, double p10, int days, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] y = new int[days];
    y[0] = binomial(rng, max, p01 / (p01 + p10));
    for (int d = 1; d < days; d++) {
      y[d] = binomial(rng, y[d - 1], 1 - p10) + binomial(rng, max - y[d - 1], p01);
    }
    return DailySeries.ofTotals("sim", START, y);
  }

  /** AR(1) around mu, rounded and censored to 0..max. */
  static DailySeries ar1(int max, double mu, double phi, double sigma, int days, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] y = new int[days];
    double x = mu;
    for (int d = 0; d < days; d++) {
      x = mu + phi * (x - mu) + sigma * gaussian(rng);
      y[d] = (int) Math.max(0, Math.min(max, Math.round(x)));
    }
    return DailySeries.ofTotals("sim", START, y);
  }

  /** Posterior mean of parameter {@code index} over a grid. */
  static double posteriorMean(double[] weights, double[][] thetas, int index) {
    double m = 0;
    for (int j = 0; j < weights.length; j++) {
      m += weights[j] * thetas[j][index];
    }
    return m;
  }
}
