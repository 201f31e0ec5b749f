package org.openderm.forecast.model;

import java.util.List;

/**
 * MC of EczemaPred (Hurault et al., Clin Transl Allergy 2022;12:e12140): a first-order Markov chain
 * on K severity states, the score range cut into K bands of equal width.
 *
 * <pre>
 *   P(s(t+1) = j | s(t) = i) = π(i, j),  π(i, ·) ~ Dirichlet(κ π0(i, ·))
 *   P(y = k | s) = within-state distribution of the scores of band s
 * </pre>
 *
 * <p>π is the posterior mean given the patient's transitions between consecutive observed days
 * (pairs across a gap are not counted); π0, the population transition matrix, is the pooled
 * transition frequency across patients (empirical Bayes), with κ = K pseudo-transitions per row.
 * The within-state distribution is the patient's own scores in that band plus two
 * pseudo-observations from the population's. Gaps and horizons use matrix powers. Coarse by design
 * (it ignores where in its band a score lies); useful for discrete-state severity, e.g. clear /
 * mild / moderate / severe.
 */
public final class MarkovChain implements ForecastModel {

  private final int max;
  private final int states;
  private final double[][] population;
  private final double[][] within;

  /** The chain for scores {@code 0..max} with {@code states} bands and a weak prior. */
  public MarkovChain(int max, int states) {
    this.max = max;
    this.states = states;
    this.population = new double[states][states];
    for (int i = 0; i < states; i++) {
      for (int j = 0; j < states; j++) {
        population[i][j] = (i == j ? 0.5 : 0) + 0.5 / states;
      }
    }
    this.within = new double[states][max + 1];
    for (int k = 0; k <= max; k++) {
      within[state(k)][k] = 1;
    }
    for (double[] w : within) {
      Pmfs.normalize(w);
    }
  }

  private MarkovChain(MarkovChain base, double[][] population, double[][] within) {
    this.max = base.max;
    this.states = base.states;
    this.population = population;
    this.within = within;
  }

  @Override
  public String name() {
    return "MC" + states;
  }

  @Override
  public int max() {
    return max;
  }

  int state(int score) {
    return Math.min(states - 1, score * states / (max + 1));
  }

  /** The posterior mean transition matrix given the first {@code upTo} days. */
  public double[][] transitionMatrix(DailySeries series, int upTo) {
    double[][] p = new double[states][states];
    for (int i = 0; i < states; i++) {
      for (int j = 0; j < states; j++) {
        p[i][j] = states * population[i][j];
      }
    }
    int[] y = series.scores();
    for (int d = 1; d < Math.min(upTo, y.length); d++) {
      if (y[d] != DailySeries.MISSING && y[d - 1] != DailySeries.MISSING) {
        p[state(y[d - 1])][state(y[d])]++;
      }
    }
    for (double[] row : p) {
      Pmfs.normalize(row);
    }
    return p;
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    double[][] p = transitionMatrix(series, upTo);
    double[][] w = new double[states][];
    for (int s = 0; s < states; s++) {
      w[s] = within[s].clone();
      for (int k = 0; k <= max; k++) {
        w[s][k] *= 2;
      }
    }
    int[] y = series.scores();
    for (int d = 0; d < Math.min(upTo, y.length); d++) {
      if (y[d] != DailySeries.MISSING) {
        w[state(y[d])][y[d]]++;
      }
    }
    for (double[] row : w) {
      Pmfs.normalize(row);
    }
    int last = series.lastObserved(upTo);
    double[] dist = new double[states];
    if (last < 0) {
      java.util.Arrays.fill(dist, 1.0 / states);
    } else {
      dist[state(y[last])] = 1;
      for (int d = last + 1; d < upTo; d++) {
        dist = step(dist, p);
      }
    }
    double[][] days = new double[horizon][max + 1];
    for (int h = 0; h < horizon; h++) {
      dist = step(dist, p);
      for (int s = 0; s < states; s++) {
        Pmfs.addScaled(days[h], w[s], dist[s]);
      }
      days[h] = Pmfs.floored(days[h]);
    }
    return new ModelForecast(days, Double.NaN, last < 0);
  }

  private double[] step(double[] dist, double[][] p) {
    double[] next = new double[states];
    for (int i = 0; i < states; i++) {
      Pmfs.addScaled(next, p[i], dist[i]);
    }
    return next;
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    double[][] counts = new double[states][states];
    double[][] scores = new double[states][max + 1];
    for (int i = 0; i < states; i++) {
      counts[i][i] = 1;
      for (int k = 0; k <= max; k++) {
        scores[i][k] = state(k) == i ? 0.1 : 0;
      }
    }
    for (DailySeries s : cohort) {
      int[] y = s.scores();
      for (int d = 0; d < y.length; d++) {
        if (y[d] == DailySeries.MISSING) {
          continue;
        }
        scores[state(y[d])][y[d]]++;
        if (d > 0 && y[d - 1] != DailySeries.MISSING) {
          counts[state(y[d - 1])][state(y[d])]++;
        }
      }
    }
    for (int i = 0; i < states; i++) {
      Pmfs.normalize(counts[i]);
      Pmfs.normalize(scores[i]);
    }
    return new MarkovChain(this, counts, scores);
  }
}
