package org.openderm.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void aurocCountsConcordantPairsWithHalfTies() {
    // Hanley & McNeil (1982): AUROC = P(score of a positive > score of a negative), ties 1/2.
    // Pairs (pos, neg): (0.9,0.1)=1 (0.9,0.4)=1 (0.9,0.5)=1 (0.5,0.1)=1 (0.5,0.4)=1 (0.5,0.5)=.5
    double[] s = {0.9, 0.5, 0.1, 0.4, 0.5};
    boolean[] pos = {true, true, false, false, false};
    assertThat(Metrics.auroc(s, pos)).isCloseTo(5.5 / 6, within(1e-12));
  }

  @Test
  void aurocIsUndefinedWithOneClassOnly() {
    assertThat(Metrics.auroc(new double[] {0.1, 0.2}, new boolean[] {true, true})).isNaN();
  }

  @Test
  void balancedAccuracyIsTheMeanRecall() {
    // class 0: 3 of 4 right, class 1: 1 of 2 right -> (0.75 + 0.5) / 2
    int[] truth = {0, 0, 0, 0, 1, 1};
    int[] pred = {0, 0, 0, 1, 1, 0};
    assertThat(Metrics.balancedAccuracy(truth, pred, 3)).isCloseTo(0.625, within(1e-12));
    int[][] m = Metrics.confusion(truth, pred, 3);
    assertThat(Metrics.specificity(m, 1)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void eceOfAWorkedExample() {
    // Two bins used: conf 0.95 (2 right of 2) -> |1 - 0.95|; conf 0.6 (1 right of 2) -> 0.1
    double[][] p = {{0.95, 0.05}, {0.05, 0.95}, {0.6, 0.4}, {0.6, 0.4}};
    int[] y = {0, 1, 0, 1};
    assertThat(Metrics.ece(p, y, 10)).isCloseTo((2 * 0.05 + 2 * 0.1) / 4, within(1e-12));
  }

  @Property(tries = 30)
  void bootstrapIntervalBracketsAMeanOfItsData(@ForAll @Size(min = 20, max = 60) double[] xs) {
    double[] v = java.util.Arrays.stream(xs).map(x -> Double.isFinite(x) ? x % 100 : 0).toArray();
    Metrics.Estimate e =
        Metrics.bootstrap(
            v.length,
            idx -> java.util.Arrays.stream(idx).mapToDouble(i -> v[i]).average().orElse(0),
            200,
            1);
    assertThat(e.low()).isLessThanOrEqualTo(e.high());
    assertThat(e.low()).isLessThanOrEqualTo(e.value() + 1e-9);
    assertThat(e.high()).isGreaterThanOrEqualTo(e.value() - 1e-9);
  }
}
