package org.openderm.ml.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openderm.ml.lesion.LesionClass;
import org.openderm.ml.training.Metrics.Estimate;

/**
 * Metrics of calibrated probabilities against true classes, with 95% percentile-bootstrap intervals
 * (resampling images; images of one lesion are few and this slightly narrows the intervals, a limit
 * stated in the model card).
 */
public final class Evaluation {

  /** Bootstrap resamples for the headline metrics. */
  public static final int ROUNDS = 1000;

  private Evaluation() {}

  /** Per-class figures. */
  public record ClassMetrics(
      String code, int n, Estimate sensitivity, Estimate specificity, Estimate auroc) {}

  /** The full report on one set. */
  public record Report(
      int n,
      Estimate balancedAccuracy,
      Estimate melanomaAuroc,
      Estimate ece,
      List<ClassMetrics> perClass,
      int[][] confusion) {}

  /** A subgroup's size and figures. */
  public record Subgroup(
      String variable,
      String value,
      int n,
      int melanomas,
      Estimate balancedAccuracy,
      Estimate melanomaAuroc) {}

  /** Evaluates probabilities {@code [n][7]} against class indices. */
  public static Report evaluate(double[][] probs, int[] truth, long seed) {
    int k = LesionClass.values().length;
    int n = truth.length;
    int[] pred = new int[n];
    for (int i = 0; i < n; i++) {
      pred[i] = Metrics.argmax(probs[i]);
    }
    Estimate ba = Metrics.bootstrap(n, idx -> ba(truth, pred, idx), ROUNDS, seed);
    Estimate mel = Metrics.bootstrap(n, idx -> auroc(probs, truth, idx, 4), ROUNDS, seed + 1);
    Estimate ece =
        Metrics.bootstrap(
            n, idx -> Metrics.ece(rows(probs, idx), pick(truth, idx), 15), ROUNDS, seed + 2);
    List<ClassMetrics> per = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      final int cls = c;
      int count = 0;
      for (int t : truth) {
        count += t == c ? 1 : 0;
      }
      Function<int[], int[][]> conf =
          idx -> Metrics.confusion(pick(truth, idx), pick(pred, idx), k);
      per.add(
          new ClassMetrics(
              LesionClass.values()[c].code(),
              count,
              Metrics.bootstrap(n, idx -> Metrics.sensitivity(conf.apply(idx), cls), ROUNDS, seed),
              Metrics.bootstrap(n, idx -> Metrics.specificity(conf.apply(idx), cls), ROUNDS, seed),
              Metrics.bootstrap(n, idx -> auroc(probs, truth, idx, cls), ROUNDS, seed)));
    }
    return new Report(n, ba, mel, ece, per, Metrics.confusion(truth, pred, k));
  }

  /** Figures per value of a grouping variable (values with fewer than 20 images are skipped). */
  public static List<Subgroup> subgroups(
      String variable, List<String> values, double[][] probs, int[] truth, long seed) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      groups.computeIfAbsent(values.get(i), v -> new ArrayList<>()).add(i);
    }
    List<Subgroup> out = new ArrayList<>();
    groups.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              int[] rows = e.getValue().stream().mapToInt(Integer::intValue).toArray();
              if (rows.length >= 20) {
                double[][] p = rows(probs, rows);
                int[] t = pick(truth, rows);
                int[] pred = new int[t.length];
                int mel = 0;
                for (int i = 0; i < t.length; i++) {
                  pred[i] = Metrics.argmax(p[i]);
                  mel += t[i] == 4 ? 1 : 0;
                }
                out.add(
                    new Subgroup(
                        variable,
                        e.getKey(),
                        t.length,
                        mel,
                        Metrics.bootstrap(t.length, idx -> ba(t, pred, idx), 300, seed),
                        Metrics.bootstrap(t.length, idx -> auroc(p, t, idx, 4), 300, seed)));
              }
            });
    return out;
  }

  private static double ba(int[] truth, int[] pred, int[] idx) {
    return Metrics.balancedAccuracy(pick(truth, idx), pick(pred, idx), LesionClass.values().length);
  }

  static double auroc(double[][] probs, int[] truth, int[] idx, int c) {
    double[] s = new double[idx.length];
    boolean[] pos = new boolean[idx.length];
    for (int i = 0; i < idx.length; i++) {
      s[i] = probs[idx[i]][c];
      pos[i] = truth[idx[i]] == c;
    }
    return Metrics.auroc(s, pos);
  }

  static int[] pick(int[] a, int[] idx) {
    int[] out = new int[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = a[idx[i]];
    }
    return out;
  }

  static double[][] rows(double[][] a, int[] idx) {
    double[][] out = new double[idx.length][];
    for (int i = 0; i < idx.length; i++) {
      out[i] = a[idx[i]];
    }
    return out;
  }
}
