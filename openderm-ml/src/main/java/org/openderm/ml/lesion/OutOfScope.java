package org.openderm.ml.lesion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Out-of-scope score: the smallest Mahalanobis distance (squared) of an image's pooled features to
 * the class means of the training images, with a covariance shared by the classes (Lee et al., "A
 * Simple Unified Framework for Detecting Out-of-Distribution Samples and Adversarial Attacks",
 * NeurIPS 2018).
 *
 * <p>It flags inputs unlike the training dermoscopy (noise, drawings, non-skin pictures); it is not
 * a guarantee: an unusual but real lesion may be flagged and a strange picture may pass. Its
 * detection rates on generated inputs are reported in the model card.
 */
public final class OutOfScope {

  /** File name in the model folder. */
  public static final String FILE = "ood.bin";

  private final double[][] means;
  private final double[][] precision;

  OutOfScope(double[][] means, double[][] precision) {
    this.means = means;
    this.precision = precision;
  }

  /** Fits class means and the shared covariance (with a small ridge) on training features. */
  public static OutOfScope fit(double[][] features, int[] labels, int classes) {
    int d = features[0].length;
    double[][] means = new double[classes][d];
    int[] count = new int[classes];
    for (int i = 0; i < features.length; i++) {
      count[labels[i]]++;
      for (int j = 0; j < d; j++) {
        means[labels[i]][j] += features[i][j];
      }
    }
    for (int c = 0; c < classes; c++) {
      for (int j = 0; j < d; j++) {
        means[c][j] /= Math.max(1, count[c]);
      }
    }
    double[][] cov = new double[d][d];
    double[] diff = new double[d];
    for (int i = 0; i < features.length; i++) {
      for (int j = 0; j < d; j++) {
        diff[j] = features[i][j] - means[labels[i]][j];
      }
      for (int a = 0; a < d; a++) {
        for (int b = a; b < d; b++) {
          cov[a][b] += diff[a] * diff[b];
        }
      }
    }
    double trace = 0;
    for (int a = 0; a < d; a++) {
      for (int b = a; b < d; b++) {
        cov[a][b] /= features.length;
        cov[b][a] = cov[a][b];
      }
      trace += cov[a][a];
    }
    double ridge = 1e-3 * trace / d + 1e-9;
    for (int a = 0; a < d; a++) {
      cov[a][a] += ridge;
    }
    return new OutOfScope(means, Linalg.inverseSpd(cov));
  }

  /** Smallest squared Mahalanobis distance to a class mean: larger means less like training. */
  public double score(double[] f) {
    int d = f.length;
    double best = Double.POSITIVE_INFINITY;
    double[] diff = new double[d];
    for (double[] mu : means) {
      for (int j = 0; j < d; j++) {
        diff[j] = f[j] - mu[j];
      }
      double s = 0;
      for (int a = 0; a < d; a++) {
        double row = 0;
        double[] pa = precision[a];
        for (int b = 0; b < d; b++) {
          row += pa[b] * diff[b];
        }
        s += diff[a] * row;
      }
      best = Math.min(best, s);
    }
    return best;
  }

  /** Saves means and precision matrix as floats. */
  public void write(Path dir) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(FILE))))) {
      out.writeInt(means.length);
      out.writeInt(precision.length);
      for (double[] row : means) {
        for (double v : row) {
          out.writeFloat((float) v);
        }
      }
      for (double[] row : precision) {
        for (double v : row) {
          out.writeFloat((float) v);
        }
      }
    }
  }

  /** Reads what {@link #write} saved. */
  public static OutOfScope read(Path dir) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(FILE))))) {
      int k = in.readInt();
      int d = in.readInt();
      double[][] means = new double[k][d];
      double[][] precision = new double[d][d];
      for (double[] row : means) {
        for (int j = 0; j < d; j++) {
          row[j] = in.readFloat();
        }
      }
      for (double[] row : precision) {
        for (int j = 0; j < d; j++) {
          row[j] = in.readFloat();
        }
      }
      return new OutOfScope(means, precision);
    }
  }
}
