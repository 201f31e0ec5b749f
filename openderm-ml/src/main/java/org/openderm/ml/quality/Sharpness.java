package org.openderm.ml.quality;

/**
 * Focus measures on the luma plane at the analysis size.
 *
 * <p>Two complementary measures: the variance of the Laplacian (Pech-Pacheco et al., "Diatom
 * autofocusing in brightfield microscopy: a comparative study", ICPR 2000; Pertuz et al., Pattern
 * Recognition 46 (2013) 1415-1432), which is high when fine detail is present but also depends on
 * how textured the scene is; and the perceptual blur estimate of Crété-Roffet et al. ("The blur
 * effect: perception and estimation with a new no-reference perceptual blur metric", SPIE Human
 * Vision and Electronic Imaging XII, 2007), which compares the image with a re-blurred copy and so
 * measures how much detail blurring can still remove, largely independent of content. The latter
 * takes the worse of the horizontal and vertical directions, which is what catches motion blur.
 * Neither is meaningful on a uniform image (no edges to judge).
 */
final class Sharpness {

  /** Length of the re-blur averaging filter of Crété-Roffet et al. */
  private static final int REBLUR = 9;

  private Sharpness() {}

  /** Variance of the 4-neighbour Laplacian over the pixels of {@code region}. */
  static double laplacianVariance(float[] y, int w, int h, boolean[] region) {
    double sum = 0;
    double sumSq = 0;
    long n = 0;
    for (int row = 1; row < h - 1; row++) {
      for (int x = 1; x < w - 1; x++) {
        int i = row * w + x;
        if (!region[i]) {
          continue;
        }
        double lap = y[i - 1] + y[i + 1] + y[i - w] + y[i + w] - 4 * y[i];
        sum += lap;
        sumSq += lap * lap;
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    double mean = sum / n;
    return sumSq / n - mean * mean;
  }

  /**
   * Crété-Roffet blur, 0 (sharp) to 1 (blurred): the worst of four directions (horizontal, vertical
   * and both diagonals; the original uses the first two, the diagonals catch camera shake at 45
   * degrees).
   */
  static double blurEffect(float[] y, int w, int h, boolean[] region) {
    double worst = 0;
    for (int[] d : new int[][] {{1, 0}, {0, 1}, {1, 1}, {-1, 1}}) {
      worst = Math.max(worst, blurEffect(y, w, h, region, d[0], d[1]));
    }
    return worst;
  }

  /** One direction (dx, dy); the margin keeps the re-blur window inside the image. */
  private static double blurEffect(float[] y, int w, int h, boolean[] region, int dx, int dy) {
    double sumVariation = 0;
    double sumLost = 0;
    int half = REBLUR / 2;
    int step = dy * w + dx;
    int margin = half + 1;
    for (int i = 0; i < y.length; i++) {
      int x = i % w;
      int row = i / w;
      if (!region[i] || x < margin || x >= w - margin || row < margin || row >= h - margin) {
        continue;
      }
      double d = Math.abs(y[i] - y[i - step]);
      // The re-blurred windows at i and i - step share all but their end samples.
      double db = Math.abs(y[i + half * step] - y[i - (half + 1) * step]) / REBLUR;
      sumVariation += d;
      sumLost += Math.max(0, d - db);
    }
    return sumVariation <= 0 ? 1.0 : (sumVariation - sumLost) / sumVariation;
  }
}
