package org.openderm.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openderm.forecast.model.Pmfs;

class ScoresTest {

  @Test
  void rps_ofUniformOverThreeCategories_isFiveEighteenths() {
    // Worked example: p = (1/3, 1/3, 1/3), y = 0; F = (1/3, 2/3); ((2/3)² + (1/3)²) / 2 = 5/18.
    double[] p = {1 / 3.0, 1 / 3.0, 1 / 3.0};
    assertThat(Scores.rps(p, 0)).isCloseTo(5 / 18.0, within(1e-12));
    assertThat(Scores.rps(p, 1))
        .isCloseTo(((1 / 3.0) * (1 / 3.0) + (1 / 3.0) * (1 / 3.0)) / 2, within(1e-12));
  }

  @Test
  void rps_penalisesDistantMassMoreThanNearMass() {
    double[] near = {0, 0.5, 0.5, 0, 0};
    double[] far = {0, 0.5, 0, 0, 0.5};
    assertThat(Scores.rps(near, 1)).isLessThan(Scores.rps(far, 1));
  }

  @Property(tries = 200)
  void rps_isZeroForAPointMassOnTheOutcome_andBetweenZeroAndOne(
      @ForAll @IntRange(min = 0, max = 103) int y,
      @ForAll @DoubleRange(min = 0, max = 103) double mean,
      @ForAll @DoubleRange(min = 0.1, max = 40) double sd) {
    double[] point = new double[104];
    point[y] = 1;
    assertThat(Scores.rps(point, y)).isZero();
    double rps = Scores.rps(Pmfs.censoredNormal(mean, sd, 103), y);
    assertThat(rps).isBetween(0.0, 1.0);
  }

  @Test
  void logPredictive_isTheNaturalLogOfTheOutcomeProbability() {
    assertThat(Scores.logPredictive(new double[] {0.25, 0.75}, 1))
        .isCloseTo(Math.log(0.75), within(1e-12));
  }
}
