package org.openderm.forecast.model;

import java.util.List;

/**
 * BinMC of EczemaPred (Hurault et al., Clin Transl Allergy 2022;12:e12140): the score as the number
 * of "active" units among M, each following the same two-state Markov chain.
 *
 * <pre>
 *   y(t+1) = A + B,  A ~ Binomial(y(t), 1 - p10),  B ~ Binomial(M - y(t), p01)
 * </pre>
 *
 * <p>p01 is the daily probability that an inactive unit becomes active, p10 that an active one
 * recovers; the score drifts to M p01 / (p01 + p10) with daily autocorrelation 1 - p01 - p10. The
 * chain is on the observed score itself, so the likelihood is a product of (multi-day, for gaps)
 * transition probabilities and the forecast is exact. (p01, p10) take values on a 7 × 7 log-spaced
 * grid with a population prior (empirical Bayes). Not for noisy scores: it has no measurement
 * error, so a single outlying day weighs heavily on its parameters.
 */
public final class BinMc implements ForecastModel {

  static final double[] RATES = {0.004, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32};

  private final int max;
  private final double[][] thetas;
  private final double[][][] transitions;
  private final double[] prior;

  /** The model for scores {@code 0..max} with a uniform prior over the (p01, p10) grid. */
  public BinMc(int max) {
    this.max = max;
    int n = RATES.length * RATES.length;
    this.thetas = new double[n][];
    this.transitions = new double[n][][];
    int j = 0;
    for (double p01 : RATES) {
      for (double p10 : RATES) {
        thetas[j] = new double[] {p01, p10};
        transitions[j++] = transition(max, p01, p10);
      }
    }
    this.prior = new double[n];
    java.util.Arrays.fill(prior, 1.0 / n);
  }

  private BinMc(BinMc base, double[] prior) {
    this.max = base.max;
    this.thetas = base.thetas;
    this.transitions = base.transitions;
    this.prior = prior;
  }

  @Override
  public String name() {
    return "BinMC";
  }

  @Override
  public int max() {
    return max;
  }

  /** The (p01, p10) grid. */
  public double[][] thetas() {
    return thetas.clone();
  }

  /** The posterior weights over the grid given the first {@code upTo} days. */
  public double[] parameterPosterior(DailySeries series, int upTo) {
    double[] logLik = new double[thetas.length];
    for (int j = 0; j < thetas.length; j++) {
      logLik[j] = logLikelihood(j, series.scores(), upTo);
    }
    return Pmfs.posterior(prior, logLik);
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    int last = series.lastObserved(upTo);
    double[] logLik = new double[thetas.length];
    for (int j = 0; j < thetas.length; j++) {
      logLik[j] = logLikelihood(j, series.scores(), upTo);
    }
    double[] w = Pmfs.posterior(prior, logLik);
    double[][] days = new double[horizon][max + 1];
    for (int j = 0; j < thetas.length; j++) {
      if (w[j] < 1e-5) {
        continue;
      }
      double[] state = startState(series, last, upTo, j);
      for (double[] day : days) {
        state = step(j, state);
        Pmfs.addScaled(day, state, w[j]);
      }
    }
    double[] lp = new double[thetas.length];
    for (int j = 0; j < thetas.length; j++) {
      lp[j] = Math.log(prior[j]) + logLik[j];
    }
    for (int h = 0; h < horizon; h++) {
      days[h] = Pmfs.floored(days[h]);
    }
    return new ModelForecast(days, Pmfs.logSumExp(lp), last < 0);
  }

  private double[] startState(DailySeries series, int last, int upTo, int j) {
    if (last < 0) {
      return stationary(j);
    }
    double[] state = new double[max + 1];
    state[series.scores()[last]] = 1;
    for (int d = last + 1; d < upTo; d++) {
      state = step(j, state);
    }
    return state;
  }

  private double[] stationary(int j) {
    double p01 = thetas[j][0];
    return Normal.binomial(max, p01 / (p01 + thetas[j][1]));
  }

  private double[] step(int j, double[] state) {
    double[] next = new double[max + 1];
    double[][] t = transitions[j];
    for (int i = 0; i <= max; i++) {
      if (state[i] > 1e-12) {
        Pmfs.addScaled(next, t[i], state[i]);
      }
    }
    return next;
  }

  private double logLikelihood(int j, int[] y, int upTo) {
    double ll = 0;
    int prev = -1;
    for (int d = 0; d < Math.min(upTo, y.length); d++) {
      if (y[d] == DailySeries.MISSING) {
        continue;
      }
      if (prev < 0) {
        ll += Math.log(stationary(j)[y[d]] + 1e-300);
      } else if (d - prev == 1) {
        ll += Math.log(Math.max(transitions[j][y[prev]][y[d]], 1e-300));
      } else {
        double[] state = new double[max + 1];
        state[y[prev]] = 1;
        for (int g = prev; g < d; g++) {
          state = step(j, state);
        }
        ll += Math.log(Math.max(state[y[d]], 1e-300));
      }
      prev = d;
    }
    return ll;
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    double[][] logLik = new double[cohort.size()][thetas.length];
    for (int i = 0; i < cohort.size(); i++) {
      for (int j = 0; j < thetas.length; j++) {
        logLik[i][j] = logLikelihood(j, cohort.get(i).scores(), cohort.get(i).length());
      }
    }
    double[] start = new double[thetas.length];
    java.util.Arrays.fill(start, 1.0 / thetas.length);
    return new BinMc(this, EmpiricalBayes.mixtureWeights(logLik, start));
  }

  private static double[][] transition(int max, double p01, double p10) {
    double[][] t = new double[max + 1][];
    for (int y = 0; y <= max; y++) {
      double[] stay = Normal.binomial(y, 1 - p10);
      double[] rise = Normal.binomial(max - y, p01);
      double[] row = new double[max + 1];
      for (int a = 0; a <= y; a++) {
        for (int b = 0; b <= max - y; b++) {
          row[a + b] += stay[a] * rise[b];
        }
      }
      t[y] = row;
    }
    return t;
  }
}
