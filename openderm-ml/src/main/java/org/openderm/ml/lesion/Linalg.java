package org.openderm.ml.lesion;

/** Small dense linear algebra for the out-of-scope covariance. */
final class Linalg {

  private Linalg() {}

  /** Inverse of a symmetric positive-definite matrix through its Cholesky factor. */
  static double[][] inverseSpd(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (s <= 0) {
            throw new IllegalArgumentException("matrix is not positive definite");
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[][] inv = new double[n][n];
    double[] y = new double[n];
    for (int col = 0; col < n; col++) {
      for (int i = 0; i < n; i++) {
        double s = i == col ? 1 : 0;
        for (int k = 0; k < i; k++) {
          s -= l[i][k] * y[k];
        }
        y[i] = s / l[i][i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = y[i];
        for (int k = i + 1; k < n; k++) {
          s -= l[k][i] * inv[k][col];
        }
        inv[i][col] = s / l[i][i];
      }
    }
    return inv;
  }
}
