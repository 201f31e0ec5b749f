package org.openderm.ml.quality;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Synthetic close-up photos for tests that must not depend on the data sets: skin with a fine
 * random texture and an irregular dark lesion at a chosen place and size.
 */
final class SyntheticSkin {

  private SyntheticSkin() {}

  /**
   * A {@code w} x {@code h} picture whose lesion is centred at ({@code cx}, {@code cy}) (fractions
   * of the size) with a radius of {@code radius} times the short side.
   */
  static BufferedImage photo(int w, int h, double cx, double cy, double radius, long seed) {
    Random random = new Random(seed);
    float[] noise = smoothNoise(w, h, random);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    double r0 = radius * Math.min(w, h);
    double phase = random.nextDouble() * Math.PI;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double dx = x - cx * w;
        double dy = y - cy * h;
        double angle = Math.atan2(dy, dx);
        double edge = r0 * (1 + 0.12 * Math.sin(3 * angle + phase) + 0.06 * Math.sin(7 * angle));
        double inside = 1 / (1 + Math.exp((Math.hypot(dx, dy) - edge) / 2.0));
        double n = noise[y * w + x];
        double red = 205 + 25 * n - inside * (120 + 20 * n);
        double green = 150 + 25 * n - inside * (100 + 15 * n);
        double blue = 130 + 25 * n - inside * (85 + 10 * n);
        img.setRGB(x, y, (clamp(red) << 16) | (clamp(green) << 8) | clamp(blue));
      }
    }
    return img;
  }

  /** Texture from pixel noise plus a coarser mottling: skin has detail at several scales. */
  private static float[] smoothNoise(int w, int h, Random random) {
    float[] out = new float[w * h];
    int cell = 8;
    int gw = w / cell + 2;
    int gh = h / cell + 2;
    float[] grid = new float[gw * gh];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = (float) random.nextGaussian();
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float fx = (x % cell) / (float) cell;
        float fy = (y % cell) / (float) cell;
        int gx = x / cell;
        int gy = y / cell;
        float top = grid[gy * gw + gx] * (1 - fx) + grid[gy * gw + gx + 1] * fx;
        float bottom = grid[(gy + 1) * gw + gx] * (1 - fx) + grid[(gy + 1) * gw + gx + 1] * fx;
        out[y * w + x] =
            0.5f * (top * (1 - fy) + bottom * fy) + 0.5f * (float) random.nextGaussian();
      }
    }
    return out;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
