package org.openderm.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PmfsTest {

  @Property(tries = 300)
  void censoredNormal_sumsToOne_andMatchesItsPointFormula(
      @ForAll @DoubleRange(min = -30, max = 130) double mean,
      @ForAll @DoubleRange(min = 0.01, max = 50) double sd,
      @ForAll @IntRange(min = 0, max = 103) int k) {
    double[] p = Pmfs.censoredNormal(mean, sd, 103);
    double sum = 0;
    for (double v : p) {
      assertThat(v).isGreaterThanOrEqualTo(0);
      sum += v;
    }
    assertThat(sum).isCloseTo(1, within(1e-9));
    assertThat(Pmfs.censoredNormalAt(k, mean, sd, 103)).isCloseTo(p[k], within(1e-6));
  }

  @Test
  void censoredNormal_putsTheMassBelowZeroOnZero() {
    double[] p = Pmfs.censoredNormal(0, 5, 103);
    assertThat(p[0]).isCloseTo(Normal.cdf(0.1), within(1e-6));
  }

  @Test
  void quantiles_ofAKnownDistribution() {
    double[] p = {0.1, 0.2, 0.4, 0.2, 0.1};
    assertThat(Pmfs.quantile(p, 0.05)).isZero();
    assertThat(Pmfs.quantile(p, 0.5)).isEqualTo(2);
    assertThat(Pmfs.quantile(p, 0.95)).isEqualTo(4);
    assertThat(Pmfs.upperTail(p, 3)).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void normalCdf_matchesTabulatedValues() {
    assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-7));
    assertThat(Normal.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
    assertThat(Normal.cdf(-1)).isCloseTo(0.158655, within(1e-6));
  }

  @Property(tries = 100)
  void floored_keepsEveryScorePossible(@ForAll @IntRange(min = 0, max = 103) int k) {
    double[] point = new double[104];
    point[k] = 1;
    double[] f = Pmfs.floored(point);
    assertThat(f[(k + 50) % 104]).isGreaterThan(0);
    assertThat(f[k]).isGreaterThan(0.99);
  }
}
