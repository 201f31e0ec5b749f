package org.openderm.ml.quality;

import java.util.Arrays;

/**
 * Corrects the radial fall-off of light toward the corners (lens and dermatoscope vignetting),
 * which otherwise makes the corners look like pigment to a global threshold.
 *
 * <p>The skin level of each elliptical ring around the centre is estimated as the ring's 75th
 * brightness percentile (skin is the brighter majority; a lesion rarely covers three quarters of a
 * ring, and the level is made non-increasing outward), and each pixel's darkness is expressed
 * relative to its ring.
 */
final class Vignetting {

  private static final int RINGS = 10;

  private Vignetting() {}

  /** Darkness relative to the ring's skin level, 0..255, skin about 128, lesions higher. */
  static float[] relativeDarkness(float[] brightness, boolean[] frame, int w, int h) {
    int[] ring = new int[brightness.length];
    int[] counts = new int[RINGS];
    for (int y = 0; y < h; y++) {
      double dy = (y - (h - 1) / 2.0) / (h / 2.0);
      for (int x = 0; x < w; x++) {
        double dx = (x - (w - 1) / 2.0) / (w / 2.0);
        int r = Math.min(RINGS - 1, (int) (Math.hypot(dx, dy) / Math.sqrt(2) * RINGS));
        ring[y * w + x] = r;
        if (!frame[y * w + x]) {
          counts[r]++;
        }
      }
    }
    float[][] values = new float[RINGS][];
    for (int r = 0; r < RINGS; r++) {
      values[r] = new float[counts[r]];
      counts[r] = 0;
    }
    for (int i = 0; i < brightness.length; i++) {
      if (!frame[i]) {
        values[ring[i]][counts[ring[i]]++] = brightness[i];
      }
    }
    float[] level = new float[RINGS];
    float previous = 128;
    for (int r = 0; r < RINGS; r++) {
      Arrays.sort(values[r]);
      level[r] = values[r].length < 8 ? previous : values[r][(int) (0.75 * (values[r].length - 1))];
      level[r] = Math.max(level[r], 1f);
      previous = level[r];
    }
    // Vignetting only darkens outward: a ring darker than one outside it holds a lesion, not less
    // light, so the skin level is made non-increasing with the radius.
    for (int r = RINGS - 2; r >= 0; r--) {
      level[r] = Math.max(level[r], level[r + 1]);
    }
    float[] out = new float[brightness.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.max(0, Math.min(255, 255 - 128 * brightness[i] / level[ring[i]]));
    }
    return out;
  }
}
