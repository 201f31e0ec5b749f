package org.openderm.ml.quality;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An image as three float planes (0..255), reduced by area averaging so that its long side is at
 * most a given size.
 *
 * <p>All quality metrics run on such a reduced copy: it makes them independent of the camera's
 * resolution (a 12 MP phone photo and a 1 MP dermoscopy image are judged at the same scale) and
 * keeps the verdict fast. Area averaging, rather than point sampling, is what a viewer or a model's
 * resize does, so blur is judged as it will be seen.
 */
final class RgbPlanes {

  final int width;
  final int height;
  final float[] r;
  final float[] g;
  final float[] b;

  private RgbPlanes(int width, int height) {
    this.width = width;
    this.height = height;
    int n = width * height;
    this.r = new float[n];
    this.g = new float[n];
    this.b = new float[n];
  }

  /** Reduces {@code image} so that its long side is at most {@code maxLongSide} pixels. */
  static RgbPlanes of(BufferedImage image, int maxLongSide) {
    int w = image.getWidth();
    int h = image.getHeight();
    // Integer area averaging down to between 1x and 2x the target, then bilinear for the rest.
    int factor = Math.max(1, Math.max(w, h) / maxLongSide);
    int ow = Math.max(1, w / factor);
    int oh = Math.max(1, h / factor);
    RgbPlanes out = new RgbPlanes(ow, oh);
    int[] row = new int[w];
    byte[] bgr = bgrBytes(image);
    for (int y = 0; y < oh * factor; y++) {
      int oy = y / factor;
      if (bgr == null) {
        image.getRGB(0, y, w, 1, row, 0, w);
      }
      for (int x = 0; x < ow * factor; x++) {
        int o = oy * ow + x / factor;
        if (bgr != null) {
          int p = (y * w + x) * 3;
          out.b[o] += bgr[p] & 0xff;
          out.g[o] += bgr[p + 1] & 0xff;
          out.r[o] += bgr[p + 2] & 0xff;
        } else {
          int rgb = row[x];
          out.r[o] += (rgb >> 16) & 0xff;
          out.g[o] += (rgb >> 8) & 0xff;
          out.b[o] += rgb & 0xff;
        }
      }
    }
    float norm = 1f / (factor * factor);
    for (int i = 0; i < out.r.length; i++) {
      out.r[i] *= norm;
      out.g[i] *= norm;
      out.b[i] *= norm;
    }
    return Math.max(ow, oh) > maxLongSide ? out.resize(maxLongSide) : out;
  }

  /** The planes as an 8-bit RGB image (rounded), for code that reads images. */
  BufferedImage toImage() {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] argb = new int[width * height];
    for (int i = 0; i < argb.length; i++) {
      argb[i] = byteOf(r[i]) << 16 | byteOf(g[i]) << 8 | byteOf(b[i]);
    }
    img.setRGB(0, 0, width, height, argb, 0, width);
    return img;
  }

  private static int byteOf(float v) {
    return Math.min(255, Math.max(0, Math.round(v)));
  }

  /** Bilinear resampling to a long side of {@code longSide}; used for reductions under 2x. */
  RgbPlanes resize(int longSide) {
    double scale = longSide / (double) Math.max(width, height);
    int ow = Math.max(1, (int) Math.round(width * scale));
    int oh = Math.max(1, (int) Math.round(height * scale));
    RgbPlanes out = new RgbPlanes(ow, oh);
    for (int y = 0; y < oh; y++) {
      double sy = Math.min(height - 1.0, Math.max(0, (y + 0.5) / scale - 0.5));
      int y0 = (int) sy;
      int y1 = Math.min(height - 1, y0 + 1);
      float fy = (float) (sy - y0);
      for (int x = 0; x < ow; x++) {
        double sx = Math.min(width - 1.0, Math.max(0, (x + 0.5) / scale - 0.5));
        int x0 = (int) sx;
        int x1 = Math.min(width - 1, x0 + 1);
        float fx = (float) (sx - x0);
        int o = y * ow + x;
        out.r[o] = bilinear(r, x0, x1, y0, y1, fx, fy);
        out.g[o] = bilinear(g, x0, x1, y0, y1, fx, fy);
        out.b[o] = bilinear(b, x0, x1, y0, y1, fx, fy);
      }
    }
    return out;
  }

  private float bilinear(float[] p, int x0, int x1, int y0, int y1, float fx, float fy) {
    float top = p[y0 * width + x0] * (1 - fx) + p[y0 * width + x1] * fx;
    float bottom = p[y1 * width + x0] * (1 - fx) + p[y1 * width + x1] * fx;
    return top * (1 - fy) + bottom * fy;
  }

  /** The backing bytes when the image is plain 8-bit BGR (what ImageIO gives for JPEG). */
  private static byte[] bgrBytes(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
        && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && image.getRaster().getMinX() == 0
        && image.getRaster().getMinY() == 0
        && buffer.getData().length == image.getWidth() * image.getHeight() * 3) {
      return buffer.getData();
    }
    return null;
  }

  /** Rec. 601 luma, the brightness most sharpness and exposure measures are defined on. */
  float[] luma() {
    float[] y = new float[r.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = 0.299f * r[i] + 0.587f * g[i] + 0.114f * b[i];
    }
    return y;
  }

  /** A further integer reduction, for the coarse lesion segmentation. */
  RgbPlanes reduce(int factor) {
    int ow = Math.max(1, width / factor);
    int oh = Math.max(1, height / factor);
    RgbPlanes out = new RgbPlanes(ow, oh);
    for (int y = 0; y < oh * factor; y++) {
      for (int x = 0; x < ow * factor; x++) {
        int i = y * width + x;
        int o = (y / factor) * ow + x / factor;
        out.r[o] += r[i];
        out.g[o] += g[i];
        out.b[o] += b[i];
      }
    }
    float norm = 1f / (factor * factor);
    for (int i = 0; i < out.r.length; i++) {
      out.r[i] *= norm;
      out.g[i] *= norm;
      out.b[i] *= norm;
    }
    return out;
  }
}
