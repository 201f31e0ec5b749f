package org.openderm.forecast.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Item-level PO-SCORAD forecasting, as in EczemaPred (Hurault et al., Clin Transl Allergy
 * 2022;12:e12140): one model per item (extent, six intensity signs, itch, sleeplessness), the
 * total's distribution obtained by combining the items' forecasts.
 *
 * <pre>
 *   total = A/5 + 7B/2 + C  (in tenths: 2 A + 35 Σ signs + 10 (itch + sleep))
 *   P(total) = convolution of the items' predictive distributions, rounded half up
 * </pre>
 *
 * <p>The convolution treats the items as independent given each one's own history, as the paper's
 * combination of item forecasts does; items that move together (they share the same skin) make the
 * total's spread too narrow, which the evaluation shows against the total-score models. Needs item
 * columns; with totals only, use a total-score model.
 */
public final class ItemLevelModel implements ForecastModel {

  private final String name;
  private final List<ForecastModel> itemModels;

  /**
   * Builds one model per item with {@code factory}, given the item's maximum.
   *
   * @param name the name in reports, such as {@code "BinRW-items"}
   */
  public ItemLevelModel(String name, IntFunction<ForecastModel> factory) {
    this.name = name;
    List<ForecastModel> models = new ArrayList<>();
    for (PoScoradItem item : PoScoradItem.values()) {
      models.add(factory.apply(item.max()));
    }
    this.itemModels = List.copyOf(models);
  }

  private ItemLevelModel(String name, List<ForecastModel> itemModels) {
    this.name = name;
    this.itemModels = itemModels;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int max() {
    return PoScoradItem.TOTAL_MAX;
  }

  @Override
  public boolean needsItems() {
    return true;
  }

  @Override
  public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
    if (!series.hasItems()) {
      throw new IllegalArgumentException("item-level model needs item scores");
    }
    double[][] totals = new double[horizon][];
    double[][] tenths = new double[horizon][];
    double logEvidence = 0;
    boolean insufficient = false;
    for (PoScoradItem item : PoScoradItem.values()) {
      ModelForecast f =
          itemModels.get(item.ordinal()).forecast(itemSeries(series, item), upTo, horizon);
      logEvidence += f.logEvidence();
      insufficient |= f.insufficientHistory();
      for (int h = 0; h < horizon; h++) {
        tenths[h] = ItemCombiner.add(tenths[h], f.days()[h], item.tenthsPerPoint());
      }
    }
    for (int h = 0; h < horizon; h++) {
      totals[h] = Pmfs.floored(ItemCombiner.roundToPoints(tenths[h], PoScoradItem.TOTAL_MAX));
    }
    return new ModelForecast(totals, logEvidence, insufficient);
  }

  static DailySeries itemSeries(DailySeries series, PoScoradItem item) {
    return DailySeries.ofTotals(series.patient(), series.start(), series.items()[item.ordinal()]);
  }

  @Override
  public ForecastModel withPopulation(List<DailySeries> cohort) {
    List<ForecastModel> fitted = new ArrayList<>();
    for (PoScoradItem item : PoScoradItem.values()) {
      List<DailySeries> one = new ArrayList<>();
      for (DailySeries s : cohort) {
        if (s.hasItems()) {
          one.add(itemSeries(s, item));
        }
      }
      fitted.add(itemModels.get(item.ordinal()).withPopulation(one));
    }
    return new ItemLevelModel(name, List.copyOf(fitted));
  }
}
