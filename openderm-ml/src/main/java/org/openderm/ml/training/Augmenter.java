package org.openderm.ml.training;

import java.util.SplittableRandom;
import org.openderm.ml.lesion.ImagePrep;

/**
 * Random geometric and colour augmentation of a cached square thumbnail.
 *
 * <p>Dermoscopic images have no canonical orientation, so any rotation and both flips are valid;
 * the scale range mimics different zooms of the dermatoscope and the colour jitter the spread of
 * cameras and lighting (as in the ISIC 2018 winning recipes, e.g. Gessert et al.,
 * arXiv:1808.01694).
 */
final class Augmenter {

  private final SplittableRandom rnd;

  Augmenter(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  /** Writes one augmented view of {@code thumb} into {@code dst} at {@code offset}. */
  void augment(byte[] thumb, float[] dst, int offset) {
    int src = ImagePrep.CACHE;
    int out = ImagePrep.INPUT;
    double crop = src * (0.72 + 0.28 * rnd.nextDouble());
    double scale = crop / out;
    double theta = rnd.nextDouble() * 2 * Math.PI;
    double flip = rnd.nextBoolean() ? -1 : 1;
    double aspect = Math.exp((rnd.nextDouble() - 0.5) * 0.2);
    double maxShift = (src - crop) / 2.0;
    double cx = src / 2.0 - 0.5 + (rnd.nextDouble() * 2 - 1) * maxShift;
    double cy = src / 2.0 - 0.5 + (rnd.nextDouble() * 2 - 1) * maxShift;
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    double sx = scale * aspect * flip;
    double sy = scale / aspect;
    double[] a = new double[6];
    a[0] = cos * sx;
    a[1] = -sin * sy;
    a[3] = sin * sx;
    a[4] = cos * sy;
    double h = (out - 1) / 2.0;
    a[2] = cx - a[0] * h - a[1] * h;
    a[5] = cy - a[3] * h - a[4] * h;
    ImagePrep.Jitter j =
        new ImagePrep.Jitter(uniform(0.8, 1.2), uniform(0.8, 1.2), uniform(0.75, 1.25));
    ImagePrep.sample(thumb, src, dst, offset, out, a, j);
  }

  private float uniform(double lo, double hi) {
    return (float) (lo + (hi - lo) * rnd.nextDouble());
  }
}
