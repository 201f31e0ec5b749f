package org.openderm.ml.lesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutOfScopeTest {

  @Test
  void pointsFarFromEveryClassScoreHigherAndTheFileRoundTrips(@TempDir Path dir) throws Exception {
    SplittableRandom rnd = new SplittableRandom(1);
    int n = 400;
    double[][] f = new double[n][3];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
      f[i][0] = (y[i] == 0 ? -5 : 5) + rnd.nextGaussian();
      f[i][1] = rnd.nextGaussian();
      f[i][2] = rnd.nextGaussian() * 0.1;
    }
    OutOfScope ood = OutOfScope.fit(f, y, 2);
    double near = ood.score(new double[] {5, 0, 0});
    double far = ood.score(new double[] {0, 0, 1.0});
    // Unit-variance axes: squared distance ~0 near a mean; the third axis has sd 0.1, so 1.0 there
    // is 10 sd away: a squared distance of about 100 (plus 25 along the first axis).
    assertThat(near).isLessThan(1);
    assertThat(far).isGreaterThan(80);
    ood.write(dir);
    assertThat(OutOfScope.read(dir).score(new double[] {0, 0, 1.0}))
        .isCloseTo(far, within(1e-2 * far));
  }

  @Test
  void inverseOfASymmetricPositiveDefiniteMatrix() {
    double[][] a = {{4, 1}, {1, 3}};
    double[][] inv = Linalg.inverseSpd(a);
    assertThat(inv[0][0]).isCloseTo(3 / 11.0, within(1e-12));
    assertThat(inv[0][1]).isCloseTo(-1 / 11.0, within(1e-12));
    assertThat(inv[1][1]).isCloseTo(4 / 11.0, within(1e-12));
  }
}
