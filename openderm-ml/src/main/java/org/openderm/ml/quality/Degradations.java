package org.openderm.ml.quality;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;

/**
 * Synthetic photo defects for calibrating and testing the quality gate: Gaussian and motion blur,
 * exposure errors, colour casts and off-centre crops, each with a strength parameter.
 *
 * <p>Exposure and white-balance errors are applied in linear light (an exposure error of one stop
 * halves the light reaching the sensor; a white-balance error scales each channel), then encoded
 * back to sRGB with clipping, as a camera would.
 */
public final class Degradations {

  private Degradations() {}

  /** Gaussian blur of standard deviation {@code sigma} pixels (a defocused lens). */
  public static BufferedImage gaussianBlur(BufferedImage src, double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    float[] k = new float[2 * radius + 1];
    double sum = 0;
    for (int i = -radius; i <= radius; i++) {
      k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
      sum += k[i + radius];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    Pixels p = Pixels.of(src);
    return p.convolve(k, true).convolve(k, false).toImage();
  }

  /** Linear motion blur over {@code length} pixels at {@code angleDegrees} (camera shake). */
  public static BufferedImage motionBlur(BufferedImage src, int length, double angleDegrees) {
    Pixels p = Pixels.of(src);
    return p.motion(length, Math.toRadians(angleDegrees)).toImage();
  }

  /** Exposure error of {@code stops} EV: negative darkens, positive brightens and clips. */
  public static BufferedImage exposure(BufferedImage src, double stops) {
    double gain = Math.pow(2, stops);
    return whiteBalance(src, gain, gain, gain);
  }

  /** Multiplies each channel in linear light: a white-balance error or a coloured light. */
  public static BufferedImage whiteBalance(BufferedImage src, double r, double g, double b) {
    int[][] lut = {table(r), table(g), table(b)};
    int w = src.getWidth();
    int h = src.getHeight();
    int[] rgb = src.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < rgb.length; i++) {
      int p = rgb[i];
      rgb[i] = (lut[0][(p >> 16) & 0xff] << 16) | (lut[1][(p >> 8) & 0xff] << 8) | lut[2][p & 0xff];
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, rgb, 0, w);
    return out;
  }

  /** The 8-bit sRGB transfer of a linear-light gain, with clipping. */
  private static int[] table(double gain) {
    int[] t = new int[256];
    for (int v = 0; v < 256; v++) {
      double lin = Math.min(1, ColourCast.linear(v) * gain);
      t[v] = (int) Math.round(255 * encode(lin));
    }
    return t;
  }

  /**
   * A crop of {@code size} times each side whose centre is moved from the image centre by {@code
   * shiftX} and {@code shiftY} times the width and height (clamped to stay inside the image).
   */
  public static BufferedImage crop(BufferedImage src, double size, double shiftX, double shiftY) {
    int w = (int) Math.round(src.getWidth() * size);
    int h = (int) Math.round(src.getHeight() * size);
    int cx = (int) Math.round(src.getWidth() * (0.5 + shiftX));
    int cy = (int) Math.round(src.getHeight() * (0.5 + shiftY));
    int x = Math.max(0, Math.min(src.getWidth() - w, cx - w / 2));
    int y = Math.max(0, Math.min(src.getHeight() - h, cy - h / 2));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[w];
    for (int j = 0; j < h; j++) {
      src.getRGB(x, y + j, w, 1, row, 0, w);
      out.setRGB(0, j, w, 1, row, 0, w);
    }
    return out;
  }

  /**
   * The image shrunk by {@code scale} (area averaging) in the middle of a frame of its own size
   * filled with the mean colour of its outermost pixels.
   */
  public static BufferedImage zoomOut(BufferedImage src, double scale) {
    int w = src.getWidth();
    int h = src.getHeight();
    int sw = Math.max(1, (int) Math.round(w * scale));
    int sh = Math.max(1, (int) Math.round(h * scale));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(new Color(borderMean(src)));
      g.fillRect(0, 0, w, h);
      Image small = src.getScaledInstance(sw, sh, Image.SCALE_AREA_AVERAGING);
      g.drawImage(small, (w - sw) / 2, (h - sh) / 2, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static int borderMean(BufferedImage src) {
    long[] sum = new long[3];
    long n = 0;
    int w = src.getWidth();
    int h = src.getHeight();
    int band = Math.max(1, Math.min(w, h) / 20);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (x >= band && x < w - band && y >= band && y < h - band) {
          continue;
        }
        int p = src.getRGB(x, y);
        sum[0] += (p >> 16) & 0xff;
        sum[1] += (p >> 8) & 0xff;
        sum[2] += p & 0xff;
        n++;
      }
    }
    return (int) (sum[0] / n) << 16 | (int) (sum[1] / n) << 8 | (int) (sum[2] / n);
  }

  /** Linear light (0..1) to the sRGB transfer (0..1), IEC 61966-2-1. */
  static double encode(double lin) {
    return lin <= 0.0031308 ? 12.92 * lin : 1.055 * Math.pow(lin, 1 / 2.4) - 0.055;
  }
}
