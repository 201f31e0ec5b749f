package org.openderm.ml.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openderm.ml.lesion.ImagePrep;
import org.openderm.ml.lesion.LesionNet;

/**
 * Draws augmented training batches: a class with probability proportional to the square root of its
 * image count, then an image of that class uniformly.
 */
final class BalancedSampler {

  private final Dataset ds;
  private final List<List<Ham10000.Sample>> byClass = new ArrayList<>();
  private final double[] cumulative = new double[LesionNet.CLASSES];
  private final float[] logPrior = new float[LesionNet.CLASSES];
  private final SplittableRandom rnd;
  private final Augmenter augmenter;
  private final double cutMix;

  BalancedSampler(Dataset ds, long seed) {
    this(ds, seed, 0);
  }

  /**
   * @param cutMix probability that a training image gets a patch of another image of the batch
   *     pasted in (CutMix), its target mixed by the patch's area
   */
  BalancedSampler(Dataset ds, long seed, double cutMix) {
    this.ds = ds;
    this.cutMix = cutMix;
    this.rnd = new SplittableRandom(seed);
    this.augmenter = new Augmenter(seed ^ 0x5DEECE66DL);
    for (int c = 0; c < LesionNet.CLASSES; c++) {
      byClass.add(new ArrayList<>());
    }
    ds.train().forEach(s -> byClass.get(s.dx().ordinal()).add(s));
    double[] w = new double[LesionNet.CLASSES];
    double sum = 0;
    for (int c = 0; c < w.length; c++) {
      w[c] = Math.sqrt(byClass.get(c).size());
      sum += w[c];
    }
    double acc = 0;
    for (int c = 0; c < w.length; c++) {
      acc += w[c] / sum;
      cumulative[c] = acc;
      logPrior[c] = w[c] > 0 ? (float) Math.log(w[c] / sum) : -30f;
    }
  }

  /** Log of the sampling prior of each class, added to the logits in the loss. */
  float[] logPrior() {
    return logPrior.clone();
  }

  /** Fills a batch of augmented inputs {@code x} and one-hot targets {@code y}. */
  void fill(float[] x, float[] y, int batch) {
    int plane = 3 * ImagePrep.INPUT * ImagePrep.INPUT;
    java.util.Arrays.fill(y, 0f);
    for (int b = 0; b < batch; b++) {
      double u = rnd.nextDouble();
      int c = 0;
      while (c < cumulative.length - 1 && (u > cumulative[c] || byClass.get(c).isEmpty())) {
        c++;
      }
      List<Ham10000.Sample> pool = byClass.get(c);
      Ham10000.Sample s = pool.get(rnd.nextInt(pool.size()));
      augmenter.augment(ds.thumbnail(s), x, b * plane);
      y[b * LesionNet.CLASSES + c] = 1f;
    }
    if (cutMix > 0) {
      CutMix.apply(x, y, batch, ImagePrep.INPUT, LesionNet.CLASSES, cutMix, rnd);
    }
  }
}
