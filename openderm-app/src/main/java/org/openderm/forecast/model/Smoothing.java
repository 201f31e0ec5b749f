package org.openderm.forecast.model;

import java.util.List;

/**
 * Exponential smoothing of EczemaPred (Hurault et al., Clin Transl Allergy 2022;12:e12140), the
 * state-space form of simple exponential smoothing, ETS(A,N,N) (Hyndman et al., Forecasting with
 * Exponential Smoothing, Springer 2008, ch. 6), rounded and censored to {@code 0..M}.
 *
 * <pre>
 *   y(t) = L(t-1) + e(t),  e ~ N(0, σ²)
 *   L(t) = L(t-1) + α e(t)
 *   k days after the last update: y ~ N(L, σ² (1 + (k - 1) α²))
 * </pre>
 *
 * <p>Missing days leave the level unchanged and widen the next prediction. α takes values on a grid
 * with a population prior (empirical Bayes); σ² is the inverse-gamma posterior mean of the one-step
 * errors. Suited to slowly drifting levels; not to scores that revert quickly to a mean.
 */
public final class Smoothing implements ForecastModel {

  static final double[] ALPHAS = {0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.0};

  private final int max;
  private final GaussianPrior population;
  private final double[] prior;

  /** The model for scores {@code 0..max} with a weakly informative prior. */
  public Smoothing(int max) {
    this(max, GaussianPrior.weak(max), uniform());
  }

  private Smoothing(int max, GaussianPrior population, double[] prior) {
    this.max = max;
    this.population = population;
    this.prior = prior;
  }

  @Override
  public String name() {
    return "ExpSmoothing";
  }

  @Override
  public int max() {
    return max;
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    double[][] fits = new double[ALPHAS.length][];
    double[] ll = new double[ALPHAS.length];
    double[] lp = new double[ALPHAS.length];
    for (int j = 0; j < ALPHAS.length; j++) {
      fits[j] = fit(ALPHAS[j], series.scores(), upTo);
      ll[j] = fits[j][2];
      lp[j] = Math.log(prior[j]) + ll[j];
    }
    double[] w = Pmfs.posterior(prior, ll);
    int last = series.lastObserved(upTo);
    double[][] days = new double[horizon][max + 1];
    for (int j = 0; j < ALPHAS.length; j++) {
      if (w[j] < 1e-5) {
        continue;
      }
      double a = ALPHAS[j];
      for (int h = 0; h < horizon; h++) {
        double sd;
        if (last < 0) {
          sd = Math.max(population.sd() * 3, 0.15 * max);
        } else {
          int k = upTo - 1 - last + h + 1;
          sd = fits[j][1] * Math.sqrt(1 + (k - 1) * a * a);
        }
        Pmfs.addScaled(days[h], Pmfs.censoredNormal(fits[j][0], sd, max), w[j]);
      }
    }
    for (int h = 0; h < horizon; h++) {
      days[h] = Pmfs.floored(days[h]);
    }
    return new ModelForecast(days, Pmfs.logSumExp(lp), last < 0);
  }

  /** Returns {level, σ, log-likelihood of the one-step predictions}. */
  private double[] fit(double alpha, int[] y, int upTo) {
    int n = Math.min(upTo, y.length);
    double level = population.mean();
    double rss = 0;
    int count = 0;
    int prev = -1;
    for (int d = 0; d < n; d++) {
      if (y[d] == DailySeries.MISSING) {
        continue;
      }
      if (prev < 0) {
        level = y[d];
      } else {
        double e = y[d] - level;
        rss += e * e / (1 + (d - prev - 1) * alpha * alpha);
        count++;
        level += alpha * e;
      }
      prev = d;
    }
    double sigma = Math.sqrt(population.variance(rss, count));
    double ll = 0;
    prev = -1;
    double l = population.mean();
    for (int d = 0; d < n; d++) {
      if (y[d] == DailySeries.MISSING) {
        continue;
      }
      if (prev < 0) {
        l = y[d];
      } else {
        double sd = sigma * Math.sqrt(1 + (d - prev - 1) * alpha * alpha);
        ll += Math.log(Pmfs.censoredNormalAt(y[d], l, sd, max));
        l += alpha * (y[d] - l);
      }
      prev = d;
    }
    return new double[] {level, sigma, ll};
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    Smoothing base = new Smoothing(max, GaussianPrior.estimate(cohort, max), uniform());
    double[][] ll = new double[cohort.size()][ALPHAS.length];
    for (int i = 0; i < cohort.size(); i++) {
      DailySeries s = cohort.get(i);
      for (int j = 0; j < ALPHAS.length; j++) {
        ll[i][j] = base.fit(ALPHAS[j], s.scores(), s.length())[2];
      }
    }
    return new Smoothing(max, base.population, EmpiricalBayes.mixtureWeights(ll, uniform()));
  }

  private static double[] uniform() {
    double[] w = new double[ALPHAS.length];
    java.util.Arrays.fill(w, 1.0 / ALPHAS.length);
    return w;
  }
}
