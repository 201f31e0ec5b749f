package org.openderm.ml.quality;

import java.awt.image.BufferedImage;

/**
 * Where the lesion is, for the gate's framing checks: a mask of {@code width x height} cells
 * (row-major) laid over the whole image. The gate's own classical {@link LesionSegmenter} is used
 * when none is given; a learned outline (the lesion outline network) can be plugged in.
 */
@FunctionalInterface
public interface LesionFinder {

  /**
   * The lesion cells of {@code image} (the gate's reduced analysis copy, long side at most 256 px)
   * on a {@code width x height} grid; all false if none.
   */
  boolean[] find(BufferedImage image, int width, int height);
}
