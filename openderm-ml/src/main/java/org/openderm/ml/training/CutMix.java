package org.openderm.ml.training;

import java.util.SplittableRandom;

/**
 * CutMix (Yun et al., "CutMix: Regularization Strategy to Train Strong Classifiers with Localizable
 * Features", ICCV 2019): a rectangle of another image of the batch replaces the same rectangle of
 * this one, and the target becomes the two classes weighted by the area each keeps. With rare
 * classes drawn many times per epoch (df, vasc), it keeps the network from memorising their few
 * images.
 */
final class CutMix {

  private CutMix() {}

  /**
   * Mixes a batch in place: CHW inputs {@code x} of side {@code s} and targets {@code y} of {@code
   * k} classes; each image is mixed with probability {@code p}, the patch's area uniform in [0, 1)
   * of the image as in the paper (Beta(1, 1)), its centre anywhere, clipped at the edges.
   */
  static void apply(float[] x, float[] y, int batch, int s, int k, double p, SplittableRandom rnd) {
    if (batch < 2) {
      return;
    }
    int plane = s * s;
    float[] x0 = x.clone();
    float[] y0 = y.clone();
    for (int b = 0; b < batch; b++) {
      if (rnd.nextDouble() >= p) {
        continue;
      }
      int other = (b + 1 + rnd.nextInt(batch - 1)) % batch;
      int w = (int) Math.round(s * Math.sqrt(rnd.nextDouble()));
      int cx = rnd.nextInt(s);
      int cy = rnd.nextInt(s);
      int x1 = Math.max(0, cx - w / 2);
      int x2 = Math.min(s, cx + (w + 1) / 2);
      int y1 = Math.max(0, cy - w / 2);
      int y2 = Math.min(s, cy + (w + 1) / 2);
      if (x2 <= x1 || y2 <= y1) {
        continue;
      }
      for (int c = 0; c < 3; c++) {
        for (int row = y1; row < y2; row++) {
          int dst = (b * 3 + c) * plane + row * s;
          int src = (other * 3 + c) * plane + row * s;
          System.arraycopy(x0, src + x1, x, dst + x1, x2 - x1);
        }
      }
      float share = (float) ((x2 - x1) * (y2 - y1)) / plane;
      for (int j = 0; j < k; j++) {
        y[b * k + j] = (1 - share) * y0[b * k + j] + share * y0[other * k + j];
      }
    }
  }
}
