package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;

/**
 * The outline network's view of an image: the whole frame (not a centre crop: the outline must find
 * a lesion wherever it lies) box-filtered to {@code SIDE x SIDE}, with the same colour constancy as
 * the classifier. A 4:3 photo is squeezed horizontally; the mask is stretched back, so shapes are
 * measured in the photo's own geometry.
 */
public final class OutlineInput {

  /** Side of the network's square input and output (pixels). */
  public static final int SIDE = 64;

  private OutlineInput() {}

  /** The image's RGB bytes (HWC) at {@code side x side}, colour-equalised. */
  public static byte[] rgb(BufferedImage img, int side) {
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] out = ImagePrep.boxFilter(img.getRGB(0, 0, w, h, null, 0, w), w, h, side);
    ImagePrep.equaliseIlluminant(out);
    return out;
  }

  /**
   * A ground-truth mask (lesion where the red channel is at least 128) at {@code side x side}: the
   * share of lesion pixels in each cell, as 0..255.
   */
  public static byte[] mask(BufferedImage mask, int side) {
    int w = mask.getWidth();
    int h = mask.getHeight();
    int[] argb = mask.getRGB(0, 0, w, h, null, 0, w);
    byte[] out = new byte[side * side];
    for (int ty = 0; ty < side; ty++) {
      int sy0 = ty * h / side;
      int sy1 = Math.max(sy0 + 1, (ty + 1) * h / side);
      for (int tx = 0; tx < side; tx++) {
        int sx0 = tx * w / side;
        int sx1 = Math.max(sx0 + 1, (tx + 1) * w / side);
        int in = 0;
        for (int sy = sy0; sy < sy1; sy++) {
          for (int sx = sx0; sx < sx1; sx++) {
            in += ((argb[sy * w + sx] >> 16) & 0xff) >= 128 ? 1 : 0;
          }
        }
        out[ty * side + tx] = (byte) Math.round(255.0 * in / ((sy1 - sy0) * (sx1 - sx0)));
      }
    }
    return out;
  }

  /** CHW floats of HWC RGB bytes, centred on mid-grey, into {@code dst} at {@code offset}. */
  public static void tensor(byte[] rgb, int side, float[] dst, int offset) {
    int plane = side * side;
    for (int i = 0; i < plane; i++) {
      for (int c = 0; c < 3; c++) {
        dst[offset + c * plane + i] = ((rgb[i * 3 + c] & 0xff) / 255f - 0.5f) / 0.25f;
      }
    }
  }
}
