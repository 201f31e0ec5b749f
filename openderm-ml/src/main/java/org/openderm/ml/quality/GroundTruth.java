package org.openderm.ml.quality;

import java.awt.image.BufferedImage;

/**
 * A data set's lesion mask compared with the gate's segmentation on the same grid.
 *
 * @param geometry the ground-truth lesion geometry
 * @param dice Dice overlap, 2|A and B| / (|A| + |B|), of the segmentation with the mask (1 when
 *     both are empty)
 */
record GroundTruth(LesionGeometry geometry, double dice) {

  static GroundTruth of(BufferedImage maskImage, BufferedImage image) {
    LesionSegmenter.Mask predicted =
        LesionSegmenter.segment(RgbPlanes.of(image, QualityGate.ANALYSIS_SIZE));
    RgbPlanes m = RgbPlanes.of(maskImage, QualityGate.ANALYSIS_SIZE);
    int factor = Math.max(1, Math.max(m.width, m.height) / LesionSegmenter.GRID);
    if (factor > 1) {
      m = m.reduce(factor);
    }
    boolean[] truth = new boolean[m.r.length];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = m.r[i] >= 128;
    }
    boolean any = LesionSegmenter.count(truth) > 0;
    LesionGeometry geometry =
        LesionGeometry.of(
            new LesionSegmenter.Mask(truth, new boolean[truth.length], m.width, m.height, any));
    return new GroundTruth(geometry, dice(truth, predicted));
  }

  private static double dice(boolean[] truth, LesionSegmenter.Mask predicted) {
    boolean[] p = predicted.lesion();
    if (p.length != truth.length) {
      return Double.NaN;
    }
    long both = 0;
    long sum = 0;
    for (int i = 0; i < p.length; i++) {
      boolean q = predicted.found() && p[i];
      if (q && truth[i]) {
        both++;
      }
      sum += (q ? 1 : 0) + (truth[i] ? 1 : 0);
    }
    return sum == 0 ? 1 : 2.0 * both / sum;
  }
}
