package org.openderm.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoScoradItemTest {

  @Test
  void total_followsTheScoradFormula() {
    // A = 30 %, B = 2+2+1+1+2+1 = 9, C = 6 + 4 = 10: 30/5 + 7*9/2 + 10 = 47.5, rounded half up.
    int[] items = {30, 2, 2, 1, 1, 2, 1, 6, 4};
    assertThat(PoScoradItem.total(items)).isEqualTo(48);
    int[] worst = {100, 3, 3, 3, 3, 3, 3, 10, 10};
    assertThat(PoScoradItem.total(worst)).isEqualTo(103);
  }

  @Test
  void combiner_ofPointMasses_givesTheExactTotal() {
    int[] items = {30, 2, 2, 1, 1, 2, 1, 6, 4};
    double[] tenths = null;
    for (PoScoradItem item : PoScoradItem.values()) {
      double[] p = new double[item.max() + 1];
      p[items[item.ordinal()]] = 1;
      tenths = ItemCombiner.add(tenths, p, item.tenthsPerPoint());
    }
    double[] total = ItemCombiner.roundToPoints(tenths, 103);
    assertThat(total[48]).isCloseTo(1, within(1e-12));
  }

  @Test
  void combiner_addsTheMeansOfIndependentItems() {
    double[] tenths = null;
    double expected = 0;
    for (PoScoradItem item : PoScoradItem.values()) {
      double[] p = Pmfs.censoredNormal(item.max() / 3.0, item.max() / 5.0 + 0.5, item.max());
      expected += Pmfs.mean(p) * item.tenthsPerPoint() / 10.0;
      tenths = ItemCombiner.add(tenths, p, item.tenthsPerPoint());
    }
    double[] total = ItemCombiner.roundToPoints(tenths, 103);
    assertThat(Pmfs.mean(total)).isCloseTo(expected, within(0.3));
  }
}
