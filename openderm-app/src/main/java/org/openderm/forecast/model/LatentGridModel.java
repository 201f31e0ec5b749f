package org.openderm.forecast.model;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A state-space model with a latent random walk, solved exactly on a discretised latent grid.
 *
 * <p>Latent dynamics: z(t+1) = z(t) + σ ε(t), ε ~ N(0, 1); measurement: y(t) ~ p(y | z(t), θ). The
 * parameters θ = (σ, measurement parameters) take values on a small grid Θ with prior weights π(θ).
 * For each θ the forward algorithm computes the filtered distribution p(z(T) | y(1..T), θ) and the
 * marginal likelihood p(y(1..T) | θ) exactly on the grid (missing days: a prediction step without
 * an update); the forecast is the Bayesian model average over Θ with weights π(θ) p(y | θ). This
 * replaces the MCMC of EczemaPred (Hurault et al. 2022) by exact inference on a discretisation
 * whose error is checked against a finer grid in the tests.
 *
 * <p>The population prior (π over Θ and the distribution of the first latent state) is estimated
 * across patients by empirical Bayes: the nonparametric maximum likelihood mixture over Θ (EM on
 * the per-patient marginal likelihoods), floored with 10% uniform so that an unusual patient is
 * never ruled out.
 */
public final class LatentGridModel implements ForecastModel {

  private final String name;
  private final int max;
  private final double[] grid;
  private final double[][] thetas;
  private final RandomWalkKernel[] kernels;
  private final double[][] rowNorms;
  private final double[][][] emissions;
  private final double[] prior;
  private final double[] initial;
  private final DoubleUnaryOperator toLatent;

  LatentGridModel(
      String name,
      int max,
      double[] grid,
      double[][] thetas,
      double[][][] emissions,
      DoubleUnaryOperator toLatent) {
    this.name = name;
    this.max = max;
    this.grid = grid;
    this.thetas = thetas;
    this.emissions = emissions;
    this.toLatent = toLatent;
    this.kernels = new RandomWalkKernel[thetas.length];
    this.rowNorms = new double[thetas.length][];
    double step = grid[1] - grid[0];
    for (int j = 0; j < thetas.length; j++) {
      kernels[j] = new RandomWalkKernel(thetas[j][0], step);
      rowNorms[j] = kernels[j].rowNorms(grid.length);
    }
    this.prior = uniformWeights(thetas.length);
    this.initial = initialFromScores(Pmfs.uniform(max));
  }

  private LatentGridModel(LatentGridModel base, double[] prior, double[] initial) {
    this.name = base.name;
    this.max = base.max;
    this.grid = base.grid;
    this.thetas = base.thetas;
    this.emissions = base.emissions;
    this.toLatent = base.toLatent;
    this.kernels = base.kernels;
    this.rowNorms = base.rowNorms;
    this.prior = prior;
    this.initial = initial;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int max() {
    return max;
  }

  /** The parameter grid Θ: row j is θ_j, with σ first. */
  public double[][] thetas() {
    return thetas.clone();
  }

  /** The posterior weights over Θ given the first {@code upTo} days. */
  public double[] parameterPosterior(DailySeries series, int upTo) {
    double[] logLik = new double[thetas.length];
    for (int j = 0; j < thetas.length; j++) {
      logLik[j] = filter(j, series.scores(), upTo, new double[grid.length]);
    }
    return Pmfs.posterior(prior, logLik);
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    int[] y = series.scores();
    double[][] alphas = new double[thetas.length][];
    double[] logLik = new double[thetas.length];
    for (int j = 0; j < thetas.length; j++) {
      alphas[j] = new double[grid.length];
      logLik[j] = prior[j] > 0 ? filter(j, y, upTo, alphas[j]) : Double.NEGATIVE_INFINITY;
    }
    double[] w = Pmfs.posterior(prior, logLik);
    double wMax = 0;
    for (double v : w) {
      wMax = Math.max(wMax, v);
    }
    double[][] days = new double[horizon][max + 1];
    double[] scratch = new double[grid.length];
    for (int j = 0; j < thetas.length; j++) {
      if (w[j] < 1e-4 * wMax) {
        continue; // negligible weight: skipping it changes no forecast by more than 1e-4
      }
      predict(j, alphas[j], scratch, days, w[j]);
    }
    double[] logPrior = new double[thetas.length];
    for (int j = 0; j < thetas.length; j++) {
      logPrior[j] = Math.log(prior[j]) + logLik[j];
    }
    for (int h = 0; h < horizon; h++) {
      days[h] = Pmfs.floored(days[h]);
    }
    return new ModelForecast(days, Pmfs.logSumExp(logPrior), series.observed(upTo) == 0);
  }

  /** Runs the forward algorithm for θ_j; leaves the filtered distribution of the last day. */
  private double filter(int j, int[] y, int upTo, double[] alpha) {
    System.arraycopy(initial, 0, alpha, 0, grid.length);
    int n = Math.min(upTo, y.length);
    int first = 0;
    while (first < n && y[first] == DailySeries.MISSING) {
      first++;
    }
    double logLik = 0;
    double[] scratch = new double[grid.length];
    for (int d = first; d < n; d++) {
      if (d > first) {
        kernels[j].propagate(alpha, scratch, rowNorms[j]);
      }
      if (y[d] != DailySeries.MISSING) {
        double[] e = emissions[j][y[d]];
        for (int g = 0; g < alpha.length; g++) {
          alpha[g] *= e[g];
        }
        double c = Pmfs.normalize(alpha);
        logLik += Math.log(Math.max(c, 1e-300));
      }
    }
    if (first == n) {
      return 0;
    }
    for (int d = n; d < upTo; d++) {
      kernels[j].propagate(alpha, scratch, rowNorms[j]);
    }
    return logLik;
  }

  private void predict(int j, double[] alpha, double[] scratch, double[][] days, double weight) {
    double[] a = alpha.clone();
    for (double[] day : days) {
      kernels[j].propagate(a, scratch, rowNorms[j]);
      double[][] e = emissions[j];
      for (int k = 0; k <= max; k++) {
        double s = 0;
        double[] ek = e[k];
        for (int g = 0; g < a.length; g++) {
          s += a[g] * ek[g];
        }
        day[k] += weight * s;
      }
    }
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    double[] pooled = new double[max + 1];
    for (DailySeries s : cohort) {
      for (int v : s.scores()) {
        if (v != DailySeries.MISSING) {
          pooled[v]++;
        }
      }
    }
    Pmfs.normalize(pooled);
    LatentGridModel withInitial = new LatentGridModel(this, prior, initialFromScores(pooled));
    double[][] logLik = new double[cohort.size()][];
    for (int i = 0; i < cohort.size(); i++) {
      DailySeries s = cohort.get(i);
      logLik[i] = new double[thetas.length];
      for (int j = 0; j < thetas.length; j++) {
        logLik[i][j] = withInitial.filter(j, s.scores(), s.length(), new double[grid.length]);
      }
    }
    double[] weights = EmpiricalBayes.mixtureWeights(logLik, uniformWeights(thetas.length));
    return new LatentGridModel(this, weights, withInitial.initial);
  }

  /** The first latent state's prior: a score distribution mapped onto the grid, then smoothed. */
  private double[] initialFromScores(double[] scorePmf) {
    double[] init = new double[grid.length];
    double step = grid[1] - grid[0];
    for (int k = 0; k <= max; k++) {
      int g = (int) Math.round((toLatent.applyAsDouble(k) - grid[0]) / step);
      init[Math.max(0, Math.min(grid.length - 1, g))] += scorePmf[k];
    }
    RandomWalkKernel smooth = new RandomWalkKernel(2 * step, step);
    smooth.propagate(init, new double[grid.length], smooth.rowNorms(grid.length));
    Pmfs.normalize(init);
    for (int g = 0; g < init.length; g++) {
      init[g] = 0.95 * init[g] + 0.05 / init.length;
    }
    return init;
  }

  private static double[] uniformWeights(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    return w;
  }
}
