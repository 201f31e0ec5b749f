package org.openderm.forecast.model;

import java.util.List;

/** The random-walk baseline described in {@link Baselines}. */
final class RandomWalk implements ForecastModel {

  private final int max;
  private final GaussianPrior population;

  RandomWalk(int max, GaussianPrior population) {
    this.max = max;
    this.population = population;
  }

  @Override
  public String name() {
    return "RandomWalk";
  }

  @Override
  public int max() {
    return max;
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    int[] y = series.scores();
    double rss = 0;
    int count = 0;
    int prev = -1;
    for (int d = 0; d < Math.min(upTo, y.length); d++) {
      if (y[d] == DailySeries.MISSING) {
        continue;
      }
      if (prev >= 0) {
        double diff = y[d] - y[prev];
        rss += diff * diff / (d - prev);
        count++;
      }
      prev = d;
    }
    double sigma = Math.sqrt(population.variance(rss, count));
    double logEvidence = 0;
    int p = -1;
    for (int d = 0; d < Math.min(upTo, y.length); d++) {
      if (y[d] != DailySeries.MISSING) {
        if (p >= 0) {
          logEvidence += Math.log(Pmfs.censoredNormalAt(y[d], y[p], sigma * Math.sqrt(d - p), max));
        }
        p = d;
      }
    }
    double[][] days = new double[horizon][];
    for (int h = 0; h < horizon; h++) {
      days[h] =
          prev < 0
              ? Pmfs.censoredNormal(population.mean(), 0.3 * max, max)
              : Pmfs.floored(Pmfs.censoredNormal(y[prev], sigma * Math.sqrt(upTo - prev + h), max));
    }
    return new ModelForecast(days, logEvidence, prev < 0);
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    return new RandomWalk(max, GaussianPrior.estimate(cohort, max));
  }
}
