package org.openderm.ml.quality;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A lesion finder that looks twice when the first look finds something small: it crops the frame
 * around what it found and asks the same finder again on that close-up.
 *
 * <p>Why: the outline network reads the frame at 64 x 64, so a lesion covering 4% of the frame is
 * about 13 cells across, and anything distinct from a plain surround (a patch of skin photographed
 * from afar against a wall or a sheet) reads as one blob: the whole patch, not the lesion in it. On
 * the close-up the same network sees the patch at four times the detail and outlines the lesion
 * itself. A lesion that was already outlined well is outlined again about the same.
 */
public final class CloseUpLesionFinder implements LesionFinder {

  /** First-look lesions covering less than this share of the frame are looked at again. */
  static final double LOOK_AGAIN_BELOW = 0.15;

  /** Margin added on each side of the first outline's bounding box, as a share of its size. */
  static final double MARGIN = 0.15;

  private final LesionFinder finder;

  public CloseUpLesionFinder(LesionFinder finder) {
    this.finder = Objects.requireNonNull(finder);
  }

  @Override
  public boolean[] find(BufferedImage image, int width, int height) {
    boolean[] first = finder.find(image, width, height);
    int[] box = boundingBox(first, width, height);
    if (box == null || LesionSegmenter.count(first) >= LOOK_AGAIN_BELOW * width * height) {
      return first;
    }
    int bw = box[2] - box[0] + 1;
    int bh = box[3] - box[1] + 1;
    int gx0 = Math.max(0, (int) Math.floor(box[0] - MARGIN * bw));
    int gy0 = Math.max(0, (int) Math.floor(box[1] - MARGIN * bh));
    int gx1 = Math.min(width - 1, (int) Math.ceil(box[2] + MARGIN * bw));
    int gy1 = Math.min(height - 1, (int) Math.ceil(box[3] + MARGIN * bh));
    double sx = image.getWidth() / (double) width;
    double sy = image.getHeight() / (double) height;
    int px0 = (int) Math.floor(gx0 * sx);
    int py0 = (int) Math.floor(gy0 * sy);
    int px1 = Math.min(image.getWidth(), (int) Math.ceil((gx1 + 1) * sx));
    int py1 = Math.min(image.getHeight(), (int) Math.ceil((gy1 + 1) * sy));
    int cw = gx1 - gx0 + 1;
    int ch = gy1 - gy0 + 1;
    BufferedImage closeUp = image.getSubimage(px0, py0, px1 - px0, py1 - py0);
    boolean[] second = finder.find(closeUp, cw, ch);
    if (LesionSegmenter.count(second) == 0) {
      return first;
    }
    boolean[] out = new boolean[width * height];
    for (int y = 0; y < ch; y++) {
      System.arraycopy(second, y * cw, out, (gy0 + y) * width + gx0, cw);
    }
    return out;
  }

  /** {minX, minY, maxX, maxY} of the mask's cells, or null when it is empty. */
  private static int[] boundingBox(boolean[] mask, int w, int h) {
    int[] box = {w, h, -1, -1};
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (mask[y * w + x]) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    return box[2] < 0 ? null : box;
  }
}
