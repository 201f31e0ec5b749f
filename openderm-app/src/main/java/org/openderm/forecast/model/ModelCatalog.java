package org.openderm.forecast.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The models OpenDerm knows, by name, for the evaluation command and the forecast service. */
public final class ModelCatalog {

  /** The model the service uses unless configured otherwise (see the evaluation report). */
  public static final String DEFAULT = "Ensemble";

  private ModelCatalog() {}

  /** Every model for series of totals {@code 0..max}, baselines first. */
  public static List<ForecastModel> totalScoreModels(int max) {
    List<ForecastModel> models = new ArrayList<>();
    models.add(Baselines.uniform(max));
    models.add(Baselines.historical(max));
    models.add(Baselines.randomWalk(max));
    models.add(BinRw.create(max));
    models.add(OrderedRw.create(max));
    models.add(new BinMc(max));
    models.add(new MarkovChain(max, 5));
    models.add(new Smoothing(max));
    models.add(new Ar1(max));
    models.add(ensemble(max));
    return models;
  }

  /** The item-level PO-SCORAD models (they need the item columns). */
  public static List<ForecastModel> itemModels() {
    return List.of(
        new ItemLevelModel("BinRW-items", BinRw::create),
        new ItemLevelModel("OrderedRW-items", OrderedRw::create));
  }

  /** The default pooled forecaster. */
  public static ForecastModel ensemble(int max) {
    return new Ensemble(
        "Ensemble",
        List.of(BinRw.create(max), OrderedRw.create(max), new Smoothing(max), new Ar1(max)));
  }

  /** The total-score model with this name (case-insensitive). */
  public static Optional<ForecastModel> byName(String name, int max) {
    return totalScoreModels(max).stream()
        .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
