package org.openderm.ml.quality;

/**
 * Exposure measures inside the central region: mean luma, the share of clipped highlights and the
 * share of crushed shadows.
 *
 * <p>Clipping is counted on the brightest channel for highlights (a channel at 255 has lost its
 * information even if luma is lower) and on luma for shadows. The thresholds follow the usual
 * photographic reading of a histogram; their values are calibrated in docs/photo-quality.md.
 */
final class Exposure {

  /** A channel at or above this level is clipped. */
  static final float HIGHLIGHT_LEVEL = 250f;

  /** Luma at or below this level is crushed to black. */
  static final float SHADOW_LEVEL = 12f;

  private Exposure() {}

  /** The three measures of one image. */
  record Result(double meanLuma, double clippedHighlights, double crushedShadows) {}

  static Result measure(RgbPlanes p, float[] luma, boolean[] region) {
    double sum = 0;
    long n = 0;
    long bright = 0;
    long dark = 0;
    for (int i = 0; i < luma.length; i++) {
      if (!region[i]) {
        continue;
      }
      n++;
      sum += luma[i];
      float max = Math.max(p.r[i], Math.max(p.g[i], p.b[i]));
      if (max >= HIGHLIGHT_LEVEL) {
        bright++;
      }
      if (luma[i] <= SHADOW_LEVEL) {
        dark++;
      }
    }
    if (n == 0) {
      return new Result(0, 0, 1);
    }
    return new Result(sum / n, bright / (double) n, dark / (double) n);
  }
}
