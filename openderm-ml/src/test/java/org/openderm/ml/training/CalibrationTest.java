package org.openderm.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void recoversTheTemperatureThatGeneratedTheLabels() {
    // Labels drawn from softmax(z / 2.5): the NLL minimiser must be close to 2.5 (Guo et al.).
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 6000;
    double[][] z = new double[n][4];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 4; c++) {
        z[i][c] = rnd.nextGaussian() * 4;
      }
      double[] p = Calibration.softmax(z[i], 2.5);
      double u = rnd.nextDouble();
      int c = 0;
      while (c < 3 && u > p[c]) {
        u -= p[c];
        c++;
      }
      y[i] = c;
    }
    double t = Calibration.fitTemperature(z, y);
    assertThat(t).isCloseTo(2.5, within(0.25));
    assertThat(Calibration.nll(z, y, t)).isLessThan(Calibration.nll(z, y, 1.0));
  }

  @Test
  void thresholdForSensitivityFlagsAtLeastTheTarget() {
    double[][] p = new double[20][7];
    int[] y = new int[20];
    for (int i = 0; i < 20; i++) {
      p[i][4] = i / 20.0;
      p[i][5] = 1 - i / 20.0;
      y[i] = i % 2 == 0 ? 4 : 5;
    }
    double t = Thresholds.forSensitivity(p, y, new int[] {4}, 0.9);
    FinishReport.Operating op = Thresholds.operating(p, y, new int[] {4}, t, q -> q[4]);
    assertThat(op.sensitivity()).isGreaterThanOrEqualTo(0.9);
    // 10 melanomas at 0, 0.1, ..., 0.9: keeping 9 means threshold 0.1.
    assertThat(t).isCloseTo(0.1, within(1e-12));
  }
}
