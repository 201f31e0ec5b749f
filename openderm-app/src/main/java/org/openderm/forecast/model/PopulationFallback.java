package org.openderm.forecast.model;

import java.util.List;

/**
 * Wraps a model so that a history with fewer than {@code minObserved} observed days is not used:
 * the forecast is then the model's population prior predictive, marked "insufficient history".
 *
 * <p>Why: a handful of diary entries says little about a patient's own dynamics; showing a
 * personal-looking forecast from them would overstate what is known. The flag lets the user
 * interface say so.
 */
public final class PopulationFallback implements ForecastModel {

  private final ForecastModel model;
  private final int minObserved;

  /** {@code model}, falling back to its population prior below {@code minObserved} days. */
  public PopulationFallback(ForecastModel model, int minObserved) {
    this.model = model;
    this.minObserved = minObserved;
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public int max() {
    return model.max();
  }

  @Override
  public boolean needsItems() {
    return model.needsItems();
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    if (series.observed(upTo) >= minObserved) {
      return model.forecast(series, upTo, horizon);
    }
    int[] none = new int[Math.max(1, upTo)];
    java.util.Arrays.fill(none, DailySeries.MISSING);
    int[][] items = null;
    if (series.hasItems()) {
      items = new int[PoScoradItem.values().length][];
      for (int i = 0; i < items.length; i++) {
        items[i] = none.clone();
      }
    }
    DailySeries empty = new DailySeries(series.patient(), series.start(), none, items);
    ModelForecast prior = model.forecast(empty, upTo, horizon);
    return new ModelForecast(prior.days(), Double.NaN, true);
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    return new PopulationFallback(model.withPopulation(cohort), minObserved);
  }
}
