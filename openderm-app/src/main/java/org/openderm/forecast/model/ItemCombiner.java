package org.openderm.forecast.model;

/** Adds independent item forecasts into a total, on a grid of tenths of a point. */
final class ItemCombiner {

  private ItemCombiner() {}

  /**
   * The distribution of {@code acc + weight × item}, where {@code acc} is over tenths (null for
   * zero) and {@code item} over the item's values: a discrete convolution.
   */
  static double[] add(double[] acc, double[] item, int weight) {
    double[] base = acc == null ? new double[] {1} : acc;
    int maxItem = item.length - 1;
    double[] out = new double[base.length + maxItem * weight];
    for (int a = 0; a < base.length; a++) {
      if (base[a] < 1e-15) {
        continue;
      }
      for (int v = 0; v <= maxItem; v++) {
        out[a + v * weight] += base[a] * item[v];
      }
    }
    return out;
  }

  /** From tenths to integer points, rounding half up as {@link PoScoradItem#total} does. */
  static double[] roundToPoints(double[] tenths, int max) {
    double[] p = new double[max + 1];
    for (int t = 0; t < tenths.length; t++) {
      p[Math.min(max, (t + 5) / 10)] += tenths[t];
    }
    Pmfs.normalize(p);
    return p;
  }
}
