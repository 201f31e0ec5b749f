package org.openderm.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CutMixTest {

  private static final int S = 16;
  private static final int K = 3;

  /** Image i is filled with the value i in every channel; its target is class i mod K. */
  private static float[][] batch(int n) {
    float[] x = new float[n * 3 * S * S];
    float[] y = new float[n * K];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(x, i * 3 * S * S, (i + 1) * 3 * S * S, i);
      y[i * K + i % K] = 1f;
    }
    return new float[][] {x, y};
  }

  @Test
  void eachTargetIsMixedByTheAreaOfThePastedPatch() {
    int n = 7;
    float[][] b = batch(n);
    CutMix.apply(b[0], b[1], n, S, K, 1.0, new SplittableRandom(3));
    int mixed = 0;
    for (int i = 0; i < n; i++) {
      int plane = 3 * S * S;
      int own = 0;
      int partner = -1;
      for (int p = 0; p < plane; p++) {
        int v = (int) b[0][i * plane + p];
        if (v == i) {
          own++;
        } else {
          partner = v;
        }
      }
      double ownShare = (double) own / plane;
      double[] expected = new double[K];
      expected[i % K] += ownShare;
      if (partner >= 0) {
        expected[partner % K] += 1 - ownShare;
        mixed++;
      }
      for (int c = 0; c < K; c++) {
        assertThat((double) b[1][i * K + c])
            .as("image %d class %d", i, c)
            .isCloseTo(expected[c], within(1e-5));
      }
    }
    assertThat(mixed).isGreaterThan(n / 2);
  }

  @Test
  void probabilityZeroLeavesTheBatchAlone() {
    float[][] b = batch(4);
    float[][] before = batch(4);
    CutMix.apply(b[0], b[1], 4, S, K, 0.0, new SplittableRandom(1));
    assertThat(b[0]).containsExactly(before[0]);
    assertThat(b[1]).containsExactly(before[1]);
  }

  @Test
  void pastedPixelsComeFromOneOtherImageOfTheBatch() {
    int n = 5;
    float[][] b = batch(n);
    CutMix.apply(b[0], b[1], n, S, K, 1.0, new SplittableRandom(11));
    for (int i = 0; i < n; i++) {
      java.util.Set<Float> values = new java.util.HashSet<>();
      for (int p = 0; p < 3 * S * S; p++) {
        values.add(b[0][i * 3 * S * S + p]);
      }
      assertThat(values.size()).isLessThanOrEqualTo(2);
      assertThat(values).allMatch(v -> v >= 0 && v < n);
    }
  }
}
