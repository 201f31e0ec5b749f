package org.openderm.ml.quality;

import java.awt.image.BufferedImage;

/** Full-resolution RGB float planes for the synthetic degradations. */
final class Pixels {

  private final int w;
  private final int h;
  private final float[][] c;

  private Pixels(int w, int h) {
    this.w = w;
    this.h = h;
    this.c = new float[3][w * h];
  }

  static Pixels of(BufferedImage img) {
    Pixels p = new Pixels(img.getWidth(), img.getHeight());
    int[] rgb = img.getRGB(0, 0, p.w, p.h, null, 0, p.w);
    for (int i = 0; i < rgb.length; i++) {
      p.c[0][i] = (rgb[i] >> 16) & 0xff;
      p.c[1][i] = (rgb[i] >> 8) & 0xff;
      p.c[2][i] = rgb[i] & 0xff;
    }
    return p;
  }

  /** One-dimensional convolution along rows ({@code horizontal}) or columns, edges clamped. */
  Pixels convolve(float[] k, boolean horizontal) {
    Pixels out = new Pixels(w, h);
    int radius = k.length / 2;
    int lines = horizontal ? h : w;
    int len = horizontal ? w : h;
    int stride = horizontal ? 1 : w;
    float[] padded = new float[len + 2 * radius];
    for (int ch = 0; ch < 3; ch++) {
      float[] s = c[ch];
      float[] d = out.c[ch];
      for (int line = 0; line < lines; line++) {
        int start = horizontal ? line * w : line;
        for (int t = 0; t < padded.length; t++) {
          int pos = Math.max(0, Math.min(len - 1, t - radius));
          padded[t] = s[start + pos * stride];
        }
        for (int pos = 0; pos < len; pos++) {
          float acc = 0;
          for (int t = 0; t < k.length; t++) {
            acc += k[t] * padded[pos + t];
          }
          d[start + pos * stride] = acc;
        }
      }
    }
    return out;
  }

  /** Average of {@code length} samples along a line through each pixel, edges clamped. */
  Pixels motion(int length, double angle) {
    Pixels out = new Pixels(w, h);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    int[] ox = new int[length];
    int[] oy = new int[length];
    for (int t = 0; t < length; t++) {
      double d = t - (length - 1) / 2.0;
      ox[t] = (int) Math.round(d * cos);
      oy[t] = (int) Math.round(d * sin);
    }
    for (int ch = 0; ch < 3; ch++) {
      float[] s = c[ch];
      float[] d = out.c[ch];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          float acc = 0;
          for (int t = 0; t < length; t++) {
            int sx = Math.max(0, Math.min(w - 1, x + ox[t]));
            int sy = Math.max(0, Math.min(h - 1, y + oy[t]));
            acc += s[sy * w + sx];
          }
          d[y * w + x] = acc / length;
        }
      }
    }
    return out;
  }

  BufferedImage toImage() {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] rgb = new int[w * h];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = (clamp(c[0][i]) << 16) | (clamp(c[1][i]) << 8) | clamp(c[2][i]);
    }
    img.setRGB(0, 0, w, h, rgb, 0, w);
    return img;
  }

  private static int clamp(float v) {
    return Math.max(0, Math.min(255, Math.round(v)));
  }
}
