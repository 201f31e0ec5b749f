package org.openderm.ml.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.openderm.ml.lesion.LesionClass;
import org.openderm.ml.training.Metrics;

/** The model card's PNG plots: per-class ROC curves, reliability diagram, confusion matrix. */
public final class Plots {

  private static final int W = 520;
  private static final int H = 440;
  private static final int M = 50;
  private static final Color[] PALETTE = {
    new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 158, 115),
    new Color(240, 228, 66), new Color(213, 94, 0), new Color(0, 114, 178),
    new Color(204, 121, 167)
  };

  private Plots() {}

  /** One-vs-rest ROC curve of every class. */
  public static void roc(double[][] probs, int[] truth, Path file) throws IOException {
    BufferedImage img = canvas();
    Graphics2D g =
        graphics(img, "ROC (validation, one class vs rest)", "1 - specificity", "sensitivity");
    for (LesionClass c : LesionClass.values()) {
      int k = c.ordinal();
      double[] score = new double[truth.length];
      boolean[] pos = new boolean[truth.length];
      for (int i = 0; i < truth.length; i++) {
        score[i] = probs[i][k];
        pos[i] = truth[i] == k;
      }
      List<double[]> pts = curve(score, pos);
      g.setColor(PALETTE[k]);
      g.setStroke(new BasicStroke(2f));
      for (int i = 1; i < pts.size(); i++) {
        g.drawLine(
            px(pts.get(i - 1)[0]), py(pts.get(i - 1)[1]), px(pts.get(i)[0]), py(pts.get(i)[1]));
      }
      g.drawString(
          String.format(Locale.ROOT, "%s AUC %.3f", c.code(), Metrics.auroc(score, pos)),
          W - M - 120,
          H - M - 20 - 16 * (6 - k));
    }
    g.setColor(Color.GRAY);
    g.drawLine(px(0), py(0), px(1), py(1));
    ImageIO.write(img, "png", file.toFile());
  }

  /** Reliability diagram of top-label confidence (15 bins) with the diagonal. */
  public static void reliability(double[][] probs, int[] truth, Path file) throws IOException {
    int bins = 15;
    double[] conf = new double[bins];
    double[] acc = new double[bins];
    int[] n = new int[bins];
    for (int i = 0; i < truth.length; i++) {
      int top = Metrics.argmax(probs[i]);
      int b = Math.min(bins - 1, (int) (probs[i][top] * bins));
      conf[b] += probs[i][top];
      acc[b] += top == truth[i] ? 1 : 0;
      n[b]++;
    }
    BufferedImage img = canvas();
    Graphics2D g =
        graphics(
            img,
            String.format(
                Locale.ROOT, "Reliability (validation), ECE %.3f", Metrics.ece(probs, truth, bins)),
            "confidence",
            "accuracy");
    for (int b = 0; b < bins; b++) {
      if (n[b] > 0) {
        double lo = (double) b / bins;
        double a = acc[b] / n[b];
        g.setColor(new Color(0, 114, 178, 170));
        g.fillRect(px(lo), py(a), px(lo + 1.0 / bins) - px(lo) - 1, py(0) - py(a));
        g.setColor(Color.RED);
        g.fillOval(px(conf[b] / n[b]) - 3, py(a) - 3, 6, 6);
      }
    }
    g.setColor(Color.GRAY);
    g.drawLine(px(0), py(0), px(1), py(1));
    ImageIO.write(img, "png", file.toFile());
  }

  /** Confusion matrix, rows true classes, columns predicted, shaded by row share. */
  public static void confusion(int[][] m, Path file) throws IOException {
    BufferedImage img = canvas();
    Graphics2D g = graphics(img, "Confusion matrix (validation)", "predicted", "true");
    int k = m.length;
    int cell = (W - 2 * M) / k;
    int cellH = (H - 2 * M) / k;
    for (int t = 0; t < k; t++) {
      int row = java.util.Arrays.stream(m[t]).sum();
      for (int p = 0; p < k; p++) {
        double share = row == 0 ? 0 : (double) m[t][p] / row;
        int shade = (int) (255 - 200 * share);
        g.setColor(new Color(shade, shade, 255));
        g.fillRect(M + p * cell, M + t * cellH, cell - 1, cellH - 1);
        g.setColor(Color.BLACK);
        g.drawString(Integer.toString(m[t][p]), M + p * cell + 8, M + t * cellH + cellH / 2 + 5);
      }
      g.drawString(LesionClass.values()[t].code(), 5, M + t * cellH + cellH / 2 + 5);
      g.drawString(LesionClass.values()[t].code(), M + t * cell + 8, H - M + 15);
    }
    ImageIO.write(img, "png", file.toFile());
  }

  private static List<double[]> curve(double[] score, boolean[] pos) {
    Integer[] idx = new Integer[score.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> Double.compare(score[b], score[a]));
    long p = 0;
    for (boolean b : pos) {
      p += b ? 1 : 0;
    }
    long n = pos.length - p;
    List<double[]> pts = new ArrayList<>();
    pts.add(new double[] {0, 0});
    long tp = 0;
    long fp = 0;
    for (Integer i : idx) {
      if (pos[i]) {
        tp++;
      } else {
        fp++;
      }
      pts.add(new double[] {fp / (double) Math.max(1, n), tp / (double) Math.max(1, p)});
    }
    return pts;
  }

  private static BufferedImage canvas() {
    return new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
  }

  private static Graphics2D graphics(BufferedImage img, String title, String x, String y) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString(title, M, 25);
    g.drawString(x, W / 2 - 30, H - 10);
    g.drawString(y, 5, 40);
    g.drawRect(M, M, W - 2 * M, H - 2 * M);
    return g;
  }

  private static int px(double x) {
    return (int) Math.round(M + x * (W - 2 * M));
  }

  private static int py(double y) {
    return (int) Math.round(H - M - y * (H - 2 * M));
  }
}
