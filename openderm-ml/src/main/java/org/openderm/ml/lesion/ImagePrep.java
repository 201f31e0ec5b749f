package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;

/**
 * Turns any image into the network's input: centre square, area-averaged thumbnail, then a
 * (possibly augmented) bilinear resampling to the input size with colour adjustments and
 * per-channel normalisation.
 *
 * <p>Centre-cropping to a square is the ISIC 2018 Task 3 convention (the centre 450x450 of the
 * 600x450 originals). Training and inference share this code, so that a photo is seen by the model
 * exactly as the validation images were. The normalisation constants are the approximate
 * per-channel mean and standard deviation of HAM10000 images.
 *
 * <p>The model sees images after Shades of Grey colour constancy (Finlayson and Trezzi, "Shades of
 * Gray and Colour Constancy", CIC 2004; Minkowski norm p = 6), which Barata et al. ("Improving
 * dermoscopy image classification using color constancy", IEEE JBHI 2015) showed to make images
 * from different dermatoscopes and cameras comparable: the tint of the light source and of the
 * sensor is divided out, the lesion's own colours stay.
 */
public final class ImagePrep {

  /** Side of the cached square thumbnail (pixels). */
  public static final int CACHE = 144;

  /** Side of the network input (pixels); justified in the model card (speed on two cores). */
  public static final int INPUT = 128;

  private static final float[] MEAN = {0.763f, 0.546f, 0.570f};
  private static final float[] STD = {0.141f, 0.153f, 0.170f};

  private ImagePrep() {}

  /** Colour adjustments: multiplicative brightness, contrast and saturation (1 = unchanged). */
  public record Jitter(float brightness, float contrast, float saturation) {
    /** No colour change. */
    public static final Jitter NONE = new Jitter(1f, 1f, 1f);
  }

  /**
   * The centre square as the model sees it: {@link #squareThumbnail} then {@link
   * #equaliseIlluminant}. Training caches and inference both go through here.
   */
  public static byte[] modelThumbnail(BufferedImage img, int size) {
    byte[] t = squareThumbnail(img, size);
    equaliseIlluminant(t);
    return t;
  }

  /**
   * Shades of Grey colour constancy, in place on HWC RGB bytes: estimates the illuminant as the
   * Minkowski p-mean of each channel and rescales the channels so that it becomes neutral grey of
   * the same brightness. A black image is left as is.
   */
  public static void equaliseIlluminant(byte[] rgb) {
    final int p = 6;
    double[] sum = new double[3];
    for (int i = 0; i < rgb.length; i++) {
      sum[i % 3] += Math.pow((rgb[i] & 0xff) / 255.0, p);
    }
    int n = rgb.length / 3;
    double[] e = new double[3];
    double norm = 0;
    for (int c = 0; c < 3; c++) {
      e[c] = Math.pow(sum[c] / n, 1.0 / p);
      norm += e[c] * e[c];
    }
    norm = Math.sqrt(norm);
    if (norm < 1e-6) {
      return;
    }
    double[] gain = new double[3];
    for (int c = 0; c < 3; c++) {
      gain[c] = e[c] < 1e-6 ? 1 : norm / (Math.sqrt(3) * e[c]);
    }
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = (byte) Math.min(255, Math.round((rgb[i] & 0xff) * gain[i % 3]));
    }
  }

  /** Centre square of the image, box-filtered to {@code size}x{@code size} RGB bytes (HWC). */
  public static byte[] squareThumbnail(BufferedImage img, int size) {
    int w = img.getWidth();
    int h = img.getHeight();
    int side = Math.min(w, h);
    int[] argb = img.getRGB((w - side) / 2, (h - side) / 2, side, side, null, 0, side);
    return boxFilter(argb, side, side, size);
  }

  /**
   * Area-averages a {@code w x h} ARGB raster to {@code size x size} RGB bytes (HWC); a non-square
   * raster is squeezed.
   */
  static byte[] boxFilter(int[] argb, int w, int h, int size) {
    byte[] out = new byte[size * size * 3];
    for (int ty = 0; ty < size; ty++) {
      int sy0 = ty * h / size;
      int sy1 = Math.max(sy0 + 1, (ty + 1) * h / size);
      for (int tx = 0; tx < size; tx++) {
        int sx0 = tx * w / size;
        int sx1 = Math.max(sx0 + 1, (tx + 1) * w / size);
        long r = 0;
        long g = 0;
        long b = 0;
        for (int sy = sy0; sy < sy1; sy++) {
          for (int sx = sx0; sx < sx1; sx++) {
            int p = argb[sy * w + sx];
            r += (p >> 16) & 0xff;
            g += (p >> 8) & 0xff;
            b += p & 0xff;
          }
        }
        int n = (sy1 - sy0) * (sx1 - sx0);
        int o = (ty * size + tx) * 3;
        out[o] = (byte) (r / n);
        out[o + 1] = (byte) (g / n);
        out[o + 2] = (byte) (b / n);
      }
    }
    return out;
  }

  /** The identity mapping of a {@code src}-pixel square onto the {@code out}-pixel input. */
  public static double[] identity(int src, int out) {
    double s = (double) src / out;
    return new double[] {s, 0, 0.5 * s - 0.5, 0, s, 0.5 * s - 0.5};
  }

  /**
   * Resamples a square thumbnail into {@code dst} (CHW floats at {@code offset}), mapping output
   * pixel (x, y) to source point {@code (a0 x + a1 y + a2, a3 x + a4 y + a5)}, clamped to the edge.
   */
  public static void sample(
      byte[] src, int srcSize, float[] dst, int offset, int out, double[] a, Jitter j) {
    int plane = out * out;
    float[] rgb = new float[3];
    for (int y = 0; y < out; y++) {
      for (int x = 0; x < out; x++) {
        double sx = a[0] * x + a[1] * y + a[2];
        double sy = a[3] * x + a[4] * y + a[5];
        bilinear(src, srcSize, sx, sy, rgb);
        adjust(rgb, j);
        int o = offset + y * out + x;
        for (int c = 0; c < 3; c++) {
          dst[o + c * plane] = (rgb[c] - MEAN[c]) / STD[c];
        }
      }
    }
  }

  /** The un-augmented network input of an image: a {@code 3 x INPUT x INPUT} CHW array. */
  public static float[] input(BufferedImage img) {
    byte[] thumb = modelThumbnail(img, CACHE);
    float[] dst = new float[3 * INPUT * INPUT];
    sample(thumb, CACHE, dst, 0, INPUT, identity(CACHE, INPUT), Jitter.NONE);
    return dst;
  }

  private static void bilinear(byte[] src, int n, double sx, double sy, float[] rgb) {
    double cx = Math.min(Math.max(sx, 0), n - 1.0);
    double cy = Math.min(Math.max(sy, 0), n - 1.0);
    int x0 = (int) cx;
    int y0 = (int) cy;
    int x1 = Math.min(x0 + 1, n - 1);
    int y1 = Math.min(y0 + 1, n - 1);
    double fx = cx - x0;
    double fy = cy - y0;
    for (int c = 0; c < 3; c++) {
      double v00 = src[(y0 * n + x0) * 3 + c] & 0xff;
      double v01 = src[(y0 * n + x1) * 3 + c] & 0xff;
      double v10 = src[(y1 * n + x0) * 3 + c] & 0xff;
      double v11 = src[(y1 * n + x1) * 3 + c] & 0xff;
      double top = v00 + (v01 - v00) * fx;
      double bottom = v10 + (v11 - v10) * fx;
      rgb[c] = (float) ((top + (bottom - top) * fy) / 255.0);
    }
  }

  private static void adjust(float[] rgb, Jitter j) {
    if (j == Jitter.NONE) {
      return;
    }
    float gray = 0.299f * rgb[0] + 0.587f * rgb[1] + 0.114f * rgb[2];
    for (int c = 0; c < 3; c++) {
      float v = rgb[c] * j.brightness();
      v = gray * j.brightness() + (v - gray * j.brightness()) * j.saturation();
      v = (v - 0.5f) * j.contrast() + 0.5f;
      rgb[c] = Math.min(1f, Math.max(0f, v));
    }
  }
}
