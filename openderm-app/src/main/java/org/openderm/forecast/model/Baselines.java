package org.openderm.forecast.model;

/**
 * The reference forecasts of EczemaPred's evaluation (Hurault et al., Clin Transl Allergy
 * 2022;12:e12140): every model must beat them to be worth showing.
 *
 * <ul>
 *   <li>{@code uniform}: P(y = k) = 1 / (M + 1), the forecast of someone who knows nothing.
 *   <li>{@code historical}: the patient's own past scores, P(y = k) = (n(k) + 1/(M + 1)) / (n + 1),
 *       the histogram with one pseudo-observation spread uniformly (so that an unseen score keeps a
 *       finite log density).
 *   <li>{@code RandomWalk}: y(t + k) ~ N(y(t), σ² k), rounded and censored, σ² the inverse-gamma
 *       posterior mean of the patient's daily squared changes.
 * </ul>
 */
public final class Baselines {

  private Baselines() {}

  /** The uniform forecast over {@code 0..max}. */
  public static ForecastModel uniform(int max) {
    return new ForecastModel() {
      @Override
      public String name() {
        return "uniform";
      }

      @Override
      public int max() {
        return max;
      }

      @Override
      public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
        double[][] days = new double[horizon][];
        for (int h = 0; h < horizon; h++) {
          days[h] = Pmfs.uniform(max);
        }
        return new ModelForecast(
            days, -series.observed(upTo) * Math.log(max + 1.0), series.observed(upTo) == 0);
      }
    };
  }

  /** The patient's historical (empirical) distribution. */
  public static ForecastModel historical(int max) {
    return new ForecastModel() {
      @Override
      public String name() {
        return "historical";
      }

      @Override
      public int max() {
        return max;
      }

      @Override
      public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
        double[] p = new double[max + 1];
        double n = 0;
        double logEvidence = 0;
        int[] y = series.scores();
        for (int d = 0; d < Math.min(upTo, y.length); d++) {
          if (y[d] != DailySeries.MISSING) {
            logEvidence += Math.log((p[y[d]] + 1.0 / (max + 1)) / (n + 1));
            p[y[d]]++;
            n++;
          }
        }
        for (int k = 0; k <= max; k++) {
          p[k] = (p[k] + 1.0 / (max + 1)) / (n + 1);
        }
        double[][] days = new double[horizon][];
        for (int h = 0; h < horizon; h++) {
          days[h] = p.clone();
        }
        return new ModelForecast(days, logEvidence, n == 0);
      }
    };
  }

  /** The random walk on the score. */
  public static ForecastModel randomWalk(int max) {
    return new RandomWalk(max, GaussianPrior.weak(max));
  }
}
