package org.openderm.ml.quality;

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
    double[] k = new double[2 * radius + 1];
    double sum = 0;
    for (int i = -radius; i <= radius; i++) {
      k[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
      sum += k[i + radius];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    Pixels p = Pixels.of(src);
    return p.convolve(k, 1, 0).convolve(k, 0, 1).toImage();
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
    Pixels p = Pixels.of(src);
    double[] gains = {r, g, b};
    for (int c = 0; c < 3; c++) {
      float[] ch = p.channel(c);
      for (int i = 0; i < ch.length; i++) {
        double lin = ColourCast.linear(ch[i]) * gains[c];
        ch[i] = (float) (255 * encode(Math.min(1, lin)));
      }
    }
    return p.toImage();
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

  private static double encode(double lin) {
    return lin <= 0.0031308 ? 12.92 * lin : 1.055 * Math.pow(lin, 1 / 2.4) - 0.055;
  }
}
