package org.openderm.ml.quality;

/**
 * Exposure measures: on the skin around the lesion, its mean luminance in stops and its share of
 * clipped pixels; on the central region, the level of its highlights and the shares of clipped
 * highlights and crushed shadows.
 *
 * <p>The verdict uses the skin measures and the highlight level. The skin's luminance, not the
 * whole centre's, because a large dark lesion lowers the centre's mean without any exposure error;
 * in stops (log2 of linear-light luminance), because an exposure error multiplies linear light, so
 * that one stop moves the measure by exactly one whatever the scene. The highlight level (99th
 * percentile of the brightest channel) adds the photographer's reading of a histogram: a well
 * exposed photo uses the top of the range somewhere (a reflection, the palest skin), an
 * under-exposed one leaves it empty. Clipping is counted on the brightest channel (a channel at 255
 * has lost its information even when luma is lower). Thresholds are fitted in
 * docs/photo-quality.md; all are meaningless on an image without skin.
 */
final class Exposure {

  /** A channel at or above this level is clipped. */
  static final float HIGHLIGHT_LEVEL = 250f;

  /** Luma at or below this level is crushed to black. */
  static final float SHADOW_LEVEL = 12f;

  /** Luminance floor (linear, 0..1) so that a black image gives a finite number of stops. */
  private static final double FLOOR = 1.0 / 65536;

  private Exposure() {}

  /**
   * The measures of one image.
   *
   * @param meanLuma mean sRGB luma of the central region, 0..255
   * @param clippedHighlights share of central pixels with a channel at 250 or more
   * @param crushedShadows share of central pixels with luma at 12 or less
   * @param skinStops log2 of the skin's mean linear-light luminance (0 = white, -1 = half)
   * @param skinClipped share of skin pixels with a channel at 250 or more
   * @param highlightLevel 99th percentile of the brightest channel in the central region, 0..255
   */
  record Result(
      double meanLuma,
      double clippedHighlights,
      double crushedShadows,
      double skinStops,
      double skinClipped,
      double highlightLevel) {}

  static Result measure(RgbPlanes p, float[] luma, boolean[] centre, boolean[] skin) {
    double sum = 0;
    long n = 0;
    long bright = 0;
    long dark = 0;
    int[] hist = new int[256];
    double skinY = 0;
    long skinN = 0;
    long skinBright = 0;
    for (int i = 0; i < luma.length; i++) {
      float max = Math.max(p.r[i], Math.max(p.g[i], p.b[i]));
      if (skin[i]) {
        skinN++;
        skinY +=
            0.2126 * ColourCast.linear(p.r[i])
                + 0.7152 * ColourCast.linear(p.g[i])
                + 0.0722 * ColourCast.linear(p.b[i]);
        skinBright += max >= HIGHLIGHT_LEVEL ? 1 : 0;
      }
      if (!centre[i]) {
        continue;
      }
      n++;
      sum += luma[i];
      hist[Math.min(255, Math.max(0, Math.round(max)))]++;
      bright += max >= HIGHLIGHT_LEVEL ? 1 : 0;
      dark += luma[i] <= SHADOW_LEVEL ? 1 : 0;
    }
    if (n == 0 || skinN == 0) {
      return new Result(0, 0, 1, Math.log(FLOOR) / Math.log(2), 0, 0);
    }
    double stops = Math.log(Math.max(FLOOR, skinY / skinN)) / Math.log(2);
    return new Result(
        sum / n,
        bright / (double) n,
        dark / (double) n,
        stops,
        skinBright / (double) skinN,
        percentile(hist, n, 0.99));
  }

  /** The level under which {@code q} of the {@code n} histogram counts lie. */
  private static int percentile(int[] hist, long n, double q) {
    long target = (long) Math.ceil(q * n);
    long acc = 0;
    for (int level = 0; level < hist.length; level++) {
      acc += hist[level];
      if (acc >= target) {
        return level;
      }
    }
    return hist.length - 1;
  }
}
