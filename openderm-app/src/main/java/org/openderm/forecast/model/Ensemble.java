package org.openderm.forecast.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear pool of several models' predictive distributions with fixed equal weights.
 *
 * <pre>
 *   p(y) = (1 / m) Σ_i p_i(y)
 * </pre>
 *
 * <p>Why equal weights: weights tuned on one cohort overfit it (Claeskens et al., "The forecast
 * combination puzzle", Int J Forecast 2016;32:754-62), and a linear pool of models that err in
 * different directions (random walks that overreact to a flare, mean-reverting models that
 * underreact) is never worse in ranked probability score than the average of its members, since the
 * RPS is convex in the forecast. No weight is fitted, so nothing is selected on future data.
 */
public final class Ensemble implements ForecastModel {

  private final String name;
  private final List<ForecastModel> members;

  /** The pool of {@code members}, which must share the same score range. */
  public Ensemble(String name, List<ForecastModel> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("empty ensemble");
    }
    this.name = name;
    this.members = List.copyOf(members);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int max() {
    return members.get(0).max();
  }

  @Override
  public boolean needsItems() {
    return members.stream().anyMatch(ForecastModel::needsItems);
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    double[][] days = new double[horizon][max() + 1];
    boolean insufficient = false;
    for (ForecastModel m : members) {
      ModelForecast f = m.forecast(series, upTo, horizon);
      insufficient |= f.insufficientHistory();
      for (int h = 0; h < horizon; h++) {
        Pmfs.addScaled(days[h], f.days()[h], 1.0 / members.size());
      }
    }
    return new ModelForecast(days, Double.NaN, insufficient);
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    List<ForecastModel> fitted = new ArrayList<>();
    for (ForecastModel m : members) {
      fitted.add(m.withPopulation(cohort));
    }
    return new Ensemble(name, fitted);
  }
}
