package org.openderm.ml.training;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Classification metrics for the model card: balanced accuracy (the ISIC 2018 Task 3 metric,
 * Codella et al., arXiv:1902.03368), per-class sensitivity and specificity, AUROC (Mann-Whitney U
 * with mid-ranks for ties), expected calibration error (Guo et al., ICML 2017, 15 equal-width bins
 * of top-label confidence) and percentile bootstrap confidence intervals (Efron and Tibshirani
 * 1993).
 */
public final class Metrics {

  private Metrics() {}

  /** A point estimate with its 95% confidence interval. */
  public record Estimate(double value, double low, double high) {}

  /** Confusion matrix {@code [true][predicted]}. */
  public static int[][] confusion(int[] truth, int[] pred, int k) {
    int[][] m = new int[k][k];
    for (int i = 0; i < truth.length; i++) {
      m[truth[i]][pred[i]]++;
    }
    return m;
  }

  /** Sensitivity (recall) of class {@code c}; NaN when the class is absent. */
  public static double sensitivity(int[][] m, int c) {
    int row = Arrays.stream(m[c]).sum();
    return row == 0 ? Double.NaN : (double) m[c][c] / row;
  }

  /** Specificity of class {@code c}: true negatives over all negatives. */
  public static double specificity(int[][] m, int c) {
    long neg = 0;
    long tn = 0;
    for (int t = 0; t < m.length; t++) {
      for (int p = 0; p < m.length; p++) {
        if (t != c) {
          neg += m[t][p];
          tn += p != c ? m[t][p] : 0;
        }
      }
    }
    return neg == 0 ? Double.NaN : (double) tn / neg;
  }

  /** Mean sensitivity over the classes present. */
  public static double balancedAccuracy(int[] truth, int[] pred, int k) {
    int[][] m = confusion(truth, pred, k);
    double sum = 0;
    int present = 0;
    for (int c = 0; c < k; c++) {
      double s = sensitivity(m, c);
      if (!Double.isNaN(s)) {
        sum += s;
        present++;
      }
    }
    return present == 0 ? Double.NaN : sum / present;
  }

  /** Area under the ROC curve of {@code score} for the positives; NaN without both classes. */
  public static double auroc(double[] score, boolean[] positive) {
    int n = score.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
    double rankSumPos = 0;
    long pos = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        if (positive[idx[t]]) {
          rankSumPos += midRank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = n - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSumPos - pos * (pos + 1) / 2.0) / (pos * (double) neg);
  }

  /** Index of the largest value. */
  public static int argmax(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  /** Expected calibration error of the top-label confidence over {@code bins} equal bins. */
  public static double ece(double[][] probs, int[] truth, int bins) {
    double[] conf = new double[bins];
    double[] acc = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < probs.length; i++) {
      int top = argmax(probs[i]);
      double p = probs[i][top];
      int b = Math.min(bins - 1, (int) (p * bins));
      conf[b] += p;
      acc[b] += top == truth[i] ? 1 : 0;
      count[b]++;
    }
    double e = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        e += Math.abs(acc[b] - conf[b]);
      }
    }
    return e / Math.max(1, probs.length);
  }

  /**
   * Percentile bootstrap: the metric on the full sample and the 2.5th and 97.5th percentiles of the
   * metric over {@code rounds} resamples of the row indices (drawn with the seed).
   */
  public static Estimate bootstrap(int n, Function<int[], Double> metric, int rounds, long seed) {
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    double point = metric.apply(all);
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] values = new double[rounds];
    int kept = 0;
    int[] sample = new int[n];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        sample[i] = rnd.nextInt(n);
      }
      double v = metric.apply(sample);
      if (!Double.isNaN(v)) {
        values[kept++] = v;
      }
    }
    if (kept == 0) {
      return new Estimate(point, Double.NaN, Double.NaN);
    }
    double[] sorted = Arrays.copyOf(values, kept);
    Arrays.sort(sorted);
    return new Estimate(point, quantile(sorted, 0.025), quantile(sorted, 0.975));
  }

  /** Linear-interpolated quantile of a sorted array. */
  public static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}
