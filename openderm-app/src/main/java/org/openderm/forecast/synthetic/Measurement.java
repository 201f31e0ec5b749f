package org.openderm.forecast.synthetic;

import java.util.SplittableRandom;
import org.openderm.forecast.model.PoScoradItem;

/** One synthetic patient's measurement of the latent severity into PO-SCORAD items. */
final class Measurement {

  private final SplittableRandom rng;
  private final double[] offsets = new double[PoScoradItem.values().length];

  Measurement(SplittableRandom rng) {
    this.rng = rng;
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = 0.4 * Dynamics.gaussian(rng);
    }
    offsets[PoScoradItem.ITCH.ordinal()] += 0.3;
    offsets[PoScoradItem.SLEEPLESSNESS.ordinal()] -= 0.5;
  }

  int[] items(double severity) {
    double shared = 0.15 * Dynamics.gaussian(rng);
    int[] values = new int[offsets.length];
    for (PoScoradItem item : PoScoradItem.values()) {
      double z = severity + offsets[item.ordinal()] + shared + 0.25 * Dynamics.gaussian(rng);
      double p = 1 / (1 + Math.exp(-z));
      if (item.max() == 3) {
        long v = Math.round(3 * p + 0.3 * Dynamics.gaussian(rng));
        values[item.ordinal()] = (int) Math.max(0, Math.min(3, v));
      } else {
        values[item.ordinal()] = binomial(item.max(), p);
      }
    }
    return values;
  }

  private int binomial(int n, double p) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (rng.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }
}
