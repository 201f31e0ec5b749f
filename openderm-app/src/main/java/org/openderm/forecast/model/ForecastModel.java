package org.openderm.forecast.model;

import java.util.List;

/**
 * A probabilistic forecaster of a daily severity score: plain Java, immutable, thread-safe.
 *
 * <p>Implementations are the baselines and the EczemaPred family of Hurault G et al., "EczemaPred:
 * A computational framework for personalised prediction of eczema severity dynamics", Clin Transl
 * Allergy 2022;12:e12140, re-implemented from the paper's model descriptions with exact inference
 * on discretised grids instead of MCMC.
 */
public interface ForecastModel {

  /** The model's name in evaluation reports. */
  String name();

  /** The largest score (the smallest is 0). */
  int max();

  /**
   * Fits the model to the first {@code upTo} days of {@code series} and forecasts days {@code upTo
   * .. upTo + horizon - 1} (1 to {@code horizon} days after the last day of the history).
   */
  ModelForecast forecast(DailySeries series, int upTo, int horizon);

  /**
   * Returns a copy whose population prior is estimated from these patients' series (empirical
   * Bayes). The default keeps the weakly informative prior.
   */
  default ForecastModel withPopulation(List<DailySeries> cohort) {
    return this;
  }

  /** Whether the model needs the item scores of {@link DailySeries#items()}. */
  default boolean needsItems() {
    return false;
  }
}
