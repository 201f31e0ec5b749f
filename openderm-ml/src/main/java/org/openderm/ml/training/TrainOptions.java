package org.openderm.ml.training;

import java.nio.file.Path;

/**
 * Settings of a training run.
 *
 * @param data HAM10000 folder ({@code metadata.csv}, {@code images/}, {@code masks/})
 * @param out output folder (weights, split, metrics log, model card)
 * @param epochs passes over the training images (each a class-rebalanced draw of that many)
 * @param seed seed of the split, the sampler, the augmentation and the initialisation
 * @param batch mini-batch size
 * @param limit if positive, train on a seeded subset of this many images (smoke tests)
 * @param maxMinutes wall-clock budget: the learning-rate schedule follows elapsed time when that
 *     runs out before the epochs, and training stops at the budget (0 = no budget)
 * @param init folder of weights to start from (fine-tuning, at a tenth of the base learning rate),
 *     or null to start from random weights
 * @param external optional isic-557-style folder ({@code labels.csv} + {@code images/}), or null
 * @param cutMix probability of CutMix per training image (0 = off)
 * @param weightAverage decay of the exponential moving average of the weights that is kept instead
 *     of the last weights (0 = off, keep the last weights)
 */
public record TrainOptions(
    Path data,
    Path out,
    int epochs,
    long seed,
    int batch,
    int limit,
    double maxMinutes,
    Path init,
    Path external,
    double cutMix,
    double weightAverage) {

  /** The validation share of lesions. */
  public static final double VAL_FRACTION = 0.15;

  /** Base learning rate of AdamW (after a one-epoch warm-up, cosine decay to zero). */
  public static final float LEARNING_RATE = 2e-3f;

  /** Decoupled weight decay (Loshchilov and Hutter, ICLR 2019). */
  public static final float WEIGHT_DECAY = 0.05f;

  /** The training recipe in words, for the model card. */
  public String recipe() {
    StringBuilder r =
        new StringBuilder(
            "AdamW, square-root class sampling with a logit-adjusted loss, rotations, flips, scale"
                + " and colour jitter, after Shades of Grey colour constancy (p = 6) on every"
                + " image.");
    if (cutMix > 0) {
      r.append(String.format(java.util.Locale.ROOT, " CutMix on %.0f%% of images.", cutMix * 100));
    }
    if (weightAverage > 0) {
      r.append(
          String.format(
              java.util.Locale.ROOT,
              " Kept: the exponential moving average of the weights (decay %s).",
              weightAverage));
    } else {
      r.append(" Last epoch kept.");
    }
    return r.toString();
  }
}
