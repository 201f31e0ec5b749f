package org.openderm.forecast.model;

import java.util.List;

/**
 * AR(1) of EczemaPred (Hurault et al., Clin Transl Allergy 2022;12:e12140): an autoregressive
 * process on the score, rounded and censored to {@code 0..M}.
 *
 * <pre>
 *   y(t+1) - μ = φ (y(t) - μ) + σ ε(t),  ε ~ N(0, 1)
 *   over a gap of g days: mean μ + φ^g (y - μ), variance σ² (1 + φ² + ... + φ^(2(g-1)))
 * </pre>
 *
 * <p>φ takes values on a grid with a population prior (empirical Bayes); for each φ, μ and σ² are
 * the posterior means under normal / inverse-gamma priors centred on the population (conjugate
 * weighted least squares). The forecast averages over φ. Suited to scores that revert to a
 * patient-specific mean; not to trends (treatment changes) that last longer than the horizon.
 */
public final class Ar1 implements ForecastModel {

  static final double[] PHIS = {0.0, 0.3, 0.55, 0.72, 0.84, 0.92, 0.97, 0.995};

  private final int max;
  private final GaussianPrior population;
  private final double[] prior;

  /** The model for scores {@code 0..max} with a weakly informative prior. */
  public Ar1(int max) {
    this(max, GaussianPrior.weak(max), uniform());
  }

  private Ar1(int max, GaussianPrior population, double[] prior) {
    this.max = max;
    this.population = population;
    this.prior = prior;
  }

  @Override
  public String name() {
    return "AR1";
  }

  @Override
  public int max() {
    return max;
  }

  /** The φ grid. */
  public double[] phis() {
    return PHIS.clone();
  }

  /** Fitted (μ, σ, log-likelihood) for each φ. */
  double[][] fitAll(int[] y, int upTo) {
    double[][] out = new double[PHIS.length][];
    for (int j = 0; j < PHIS.length; j++) {
      out[j] = fit(PHIS[j], y, upTo);
    }
    return out;
  }

  /** The posterior weights over the φ grid given the first {@code upTo} days. */
  public double[] parameterPosterior(DailySeries series, int upTo) {
    double[][] fits = fitAll(series.scores(), upTo);
    double[] ll = new double[PHIS.length];
    for (int j = 0; j < PHIS.length; j++) {
      ll[j] = fits[j][2];
    }
    return Pmfs.posterior(prior, ll);
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    double[][] fits = fitAll(series.scores(), upTo);
    double[] ll = new double[PHIS.length];
    double[] lp = new double[PHIS.length];
    for (int j = 0; j < PHIS.length; j++) {
      ll[j] = fits[j][2];
      lp[j] = Math.log(prior[j]) + ll[j];
    }
    double[] w = Pmfs.posterior(prior, ll);
    int last = series.lastObserved(upTo);
    double[][] days = new double[horizon][max + 1];
    for (int j = 0; j < PHIS.length; j++) {
      if (w[j] < 1e-5) {
        continue;
      }
      double phi = PHIS[j];
      double mu = fits[j][0];
      double from = last < 0 ? mu : series.scores()[last];
      int gap = last < 0 ? 1000 : upTo - 1 - last;
      for (int h = 0; h < horizon; h++) {
        int g = gap + h + 1;
        double mean = mu + Math.pow(phi, g) * (from - mu);
        double sd = fits[j][1] * Math.sqrt(gapVariance(phi, g));
        Pmfs.addScaled(days[h], Pmfs.censoredNormal(mean, sd, max), w[j]);
      }
    }
    for (int h = 0; h < horizon; h++) {
      days[h] = Pmfs.floored(days[h]);
    }
    return new ModelForecast(days, Pmfs.logSumExp(lp), last < 0);
  }

  private double[] fit(double phi, int[] y, int upTo) {
    double n0 = population.pseudoCount();
    double sxx = n0;
    double sxr = n0 * population.mean();
    int prev = -1;
    int count = 0;
    int n = Math.min(upTo, y.length);
    for (int d = 0; d < n; d++) {
      if (y[d] == DailySeries.MISSING) {
        continue;
      }
      if (prev >= 0) {
        double f = Math.pow(phi, d - prev);
        double w = 1 / gapVariance(phi, d - prev);
        double x = 1 - f;
        sxx += w * x * x;
        sxr += w * x * (y[d] - f * y[prev]);
      }
      prev = d;
      count++;
    }
    double mu = sxr / sxx;
    double rss = 0;
    double ll = 0;
    prev = -1;
    for (int pass = 0; pass < 2; pass++) {
      double sigma = pass == 0 ? 0 : Math.sqrt(population.variance(rss, Math.max(count - 1, 0)));
      prev = -1;
      for (int d = 0; d < n; d++) {
        if (y[d] == DailySeries.MISSING) {
          continue;
        }
        if (prev >= 0) {
          double f = Math.pow(phi, d - prev);
          double v = gapVariance(phi, d - prev);
          double e = y[d] - mu - f * (y[prev] - mu);
          if (pass == 0) {
            rss += e * e / v;
          } else {
            ll +=
                Math.log(
                    Pmfs.censoredNormalAt(
                        y[d], mu + f * (y[prev] - mu), sigma * Math.sqrt(v), max));
          }
        }
        prev = d;
      }
      if (pass == 1) {
        return new double[] {mu, sigma, ll};
      }
    }
    throw new IllegalStateException();
  }

  static double gapVariance(double phi, int gap) {
    double v = 0;
    double p2 = phi * phi;
    double term = 1;
    for (int i = 0; i < Math.min(gap, 400); i++) {
      v += term;
      term *= p2;
    }
    return v;
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    Ar1 base = new Ar1(max, GaussianPrior.estimate(cohort, max), uniform());
    double[][] ll = new double[cohort.size()][PHIS.length];
    for (int i = 0; i < cohort.size(); i++) {
      double[][] fits = base.fitAll(cohort.get(i).scores(), cohort.get(i).length());
      for (int j = 0; j < PHIS.length; j++) {
        ll[i][j] = fits[j][2];
      }
    }
    return new Ar1(max, base.population, EmpiricalBayes.mixtureWeights(ll, uniform()));
  }

  private static double[] uniform() {
    double[] w = new double[PHIS.length];
    java.util.Arrays.fill(w, 1.0 / PHIS.length);
    return w;
  }
}
