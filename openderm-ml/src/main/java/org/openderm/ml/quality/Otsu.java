package org.openderm.ml.quality;

/**
 * Otsu's threshold over a 0..255 feature, skipping excluded pixels.
 *
 * @param threshold the level that maximises the between-class variance
 * @param separation the square root of that variance (0 for a uniform image): how distinct the two
 *     classes are, in feature levels
 */
record Otsu(double threshold, double separation) {

  static Otsu of(float[] feature, boolean[] excluded) {
    long[] hist = new long[256];
    long n = 0;
    double total = 0;
    for (int i = 0; i < feature.length; i++) {
      if (!excluded[i]) {
        int v = Math.min(255, Math.max(0, (int) feature[i]));
        hist[v]++;
        total += v;
        n++;
      }
    }
    if (n == 0) {
      return new Otsu(255, 0);
    }
    long below = 0;
    double sumBelow = 0;
    double best = 0;
    int bestLevel = 255;
    for (int t = 0; t < 255; t++) {
      below += hist[t];
      sumBelow += t * (double) hist[t];
      long above = n - below;
      if (below == 0 || above == 0) {
        continue;
      }
      double m0 = sumBelow / below;
      double m1 = (total - sumBelow) / above;
      double between = (below / (double) n) * (above / (double) n) * (m0 - m1) * (m0 - m1);
      if (between > best) {
        best = between;
        bestLevel = t;
      }
    }
    return new Otsu(bestLevel + 0.5, Math.sqrt(best));
  }
}
