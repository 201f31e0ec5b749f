package org.openderm.ml.training;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/** Operating points of a score (a probability or a sum of class probabilities). */
public final class Thresholds {

  private Thresholds() {}

  /**
   * The largest threshold on the summed probability of {@code positives} whose sensitivity on the
   * given images is at least {@code target}: the k-th largest positive score, k = ceil(target n).
   */
  public static double forSensitivity(
      double[][] probs, int[] truth, int[] positives, double target) {
    double[] pos =
        java.util.stream.IntStream.range(0, truth.length)
            .filter(i -> contains(positives, truth[i]))
            .mapToDouble(i -> sum(probs[i], positives))
            .sorted()
            .toArray();
    if (pos.length == 0) {
      return 0.5;
    }
    int k = (int) Math.ceil(target * pos.length);
    return pos[pos.length - Math.max(1, k)];
  }

  /** Sensitivity and specificity of {@code score >= threshold} for the positive classes. */
  public static FinishReport.Operating operating(
      double[][] probs,
      int[] truth,
      int[] positives,
      double threshold,
      ToDoubleFunction<double[]> score) {
    int tp = 0;
    int fn = 0;
    int tn = 0;
    int fp = 0;
    for (int i = 0; i < truth.length; i++) {
      boolean flagged = score.applyAsDouble(probs[i]) >= threshold;
      if (contains(positives, truth[i])) {
        tp += flagged ? 1 : 0;
        fn += flagged ? 0 : 1;
      } else {
        fp += flagged ? 1 : 0;
        tn += flagged ? 0 : 1;
      }
    }
    return new FinishReport.Operating(
        threshold, tp / (double) Math.max(1, tp + fn), tn / (double) Math.max(1, tn + fp));
  }

  static boolean contains(int[] set, int v) {
    return Arrays.stream(set).anyMatch(x -> x == v);
  }

  static double sum(double[] p, int[] classes) {
    double s = 0;
    for (int c : classes) {
      s += p[c];
    }
    return s;
  }
}
