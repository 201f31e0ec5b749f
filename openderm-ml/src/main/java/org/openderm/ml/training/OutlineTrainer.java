package org.openderm.ml.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.openderm.ml.lesion.LesionOutliner;
import org.openderm.ml.lesion.ModelFiles;
import org.openderm.ml.lesion.OutlineInput;
import org.openderm.ml.lesion.SegmentationNet;

/**
 * Trains the lesion outline network on the HAM10000 masks with DJL (PyTorch, CPU).
 *
 * <p>Loss: binary cross-entropy plus soft Dice (Milletari et al., "V-Net", 3DV 2016), the usual
 * pair for lesion masks whose area ranges from 2% to 100% of the image: cross-entropy trains every
 * pixel, Dice keeps small lesions from being drowned by the background. AdamW with warm-up then
 * cosine decay following the time budget, as for the classifier; the final epoch is kept.
 */
public final class OutlineTrainer {

  static {
    org.openderm.ml.lesion.DjlEnvironment.ensureOffline();
  }

  private static final float LEARNING_RATE = 3e-3f;

  private OutlineTrainer() {}

  /** What a run produced: validation scores at full resolution, with the classical baseline. */
  public record Result(
      int epochs,
      double minutes,
      int trainImages,
      SegmentationEval.Scores network,
      SegmentationEval.Scores classical) {}

  /** Trains, writes weights, {@code SHA256SUMS} and {@code metrics.csv}, then evaluates. */
  public static Result train(OutlineOptions o) throws IOException {
    long t0 = System.nanoTime();
    List<Ham10000.Sample> all = Ham10000.read(o.data());
    if (o.limit() > 0 && o.limit() < all.size()) {
      all = new ArrayList<>(all);
      Collections.shuffle(all, new Random(o.seed()));
      all = all.subList(0, o.limit());
    }
    Files.createDirectories(o.out());
    LesionSplit split;
    if (o.split() != null) {
      split = LesionSplit.read(o.split());
    } else {
      split = LesionSplit.create(all, TrainOptions.VAL_FRACTION, o.seed());
    }
    split.write(all, o.out().resolve("split.csv"));
    List<Ham10000.Sample> trainSamples = split.select(all, LesionSplit.TRAIN);
    List<Ham10000.Sample> valSamples = split.select(all, LesionSplit.VAL);
    OutlineSet train = OutlineSet.load(o.data(), trainSamples, "train");
    OutlineSet val = OutlineSet.load(o.data(), valSamples, "validation");
    int epochs = fit(o, train, val, t0);
    ModelFiles.writeSums(o.out(), ModelFiles.SEGMENTATION);
    double minutes = (System.nanoTime() - t0) / 60e9;
    SegmentationEval.Scores net;
    try (LesionOutliner outliner = LesionOutliner.load(o.out())) {
      net = SegmentationEval.run(o.data(), valSamples, outliner::segment);
    }
    SegmentationEval.Scores classical =
        SegmentationEval.run(o.data(), valSamples, org.openderm.ml.lesion.LesionSegmenter::segment);
    return new Result(epochs, minutes, train.size(), net, classical);
  }

  private static int fit(OutlineOptions o, OutlineSet train, OutlineSet val, long t0)
      throws IOException {
    Path log = o.out().resolve("metrics.csv");
    Files.writeString(log, "epoch,loss,lr,val_iou_64px,seconds\n");
    int steps = Math.max(1, train.size() / o.batch());
    TriageTrainer.Progress progress =
        new TriageTrainer.Progress(steps * o.epochs(), o.maxMinutes());
    TriageTrainer.WarmupCosine lr =
        new TriageTrainer.WarmupCosine(LEARNING_RATE, progress, 1.0 / o.epochs());
    DefaultTrainingConfig cfg =
        new DefaultTrainingConfig(Loss.l2Loss())
            .optOptimizer(
                Optimizer.adamW()
                    .optLearningRateTracker(lr)
                    .optWeightDecays(TrainOptions.WEIGHT_DECAY)
                    .build());
    SplittableRandom rnd = new SplittableRandom(o.seed());
    int s = OutlineInput.SIDE;
    int done = 0;
    try (Model model = Model.newInstance(LesionOutliner.NAME)) {
      model.setBlock(new SegmentationNet());
      try (Trainer trainer = model.newTrainer(cfg)) {
        trainer.initialize(new Shape(o.batch(), 3, s, s));
        for (int epoch = 1; epoch <= o.epochs() && !progress.done(); epoch++) {
          double loss = epoch(trainer, train, rnd, progress, steps, o.batch(), epoch, o.epochs());
          double iou = validationIou(trainer, val);
          String line =
              String.format(
                  Locale.ROOT,
                  "%d,%.5f,%.6f,%.4f,%.0f%n",
                  epoch,
                  loss,
                  lr.getNewValue(0),
                  iou,
                  (System.nanoTime() - t0) / 1e9);
          Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
          System.err.print("  val: " + line);
          done = epoch;
        }
      }
      model.setProperty("Epoch", "0");
      model.save(o.out(), LesionOutliner.NAME);
    }
    return done;
  }

  private static double epoch(
      Trainer trainer,
      OutlineSet train,
      SplittableRandom rnd,
      TriageTrainer.Progress progress,
      int steps,
      int batch,
      int epoch,
      int epochs) {
    int s = OutlineInput.SIDE;
    float[] x = new float[batch * 3 * s * s];
    float[] y = new float[batch * s * s];
    double sum = 0;
    int n = 0;
    try (ProgressBar bar = new ProgressBar("epoch " + epoch + "/" + epochs, steps)) {
      for (int step = 0; step < steps && !progress.done(); step++) {
        train.fill(x, y, batch, rnd, 0);
        try (NDManager m = trainer.getManager().newSubManager()) {
          NDArray xs = m.create(x, new Shape(batch, 3, s, s));
          NDArray ys = m.create(y, new Shape(batch, 1, s, s));
          try (GradientCollector gc = trainer.newGradientCollector()) {
            NDArray z = trainer.forward(new NDList(xs)).singletonOrThrow();
            NDArray l = loss(z, ys);
            gc.backward(l);
            sum += l.getFloat();
            n++;
          }
          trainer.step();
          progress.update();
        }
        bar.status(String.format(Locale.ROOT, "loss %.4f", sum / n));
        bar.step(1);
      }
    }
    return sum / Math.max(1, n);
  }

  /** Mean binary cross-entropy from logits plus mean per-image soft Dice loss. */
  static NDArray loss(NDArray z, NDArray y) {
    NDArray bce = z.maximum(0f).sub(z.mul(y)).add(z.abs().neg().exp().add(1f).log()).mean();
    NDArray p = Activation.sigmoid(z);
    int[] axes = {1, 2, 3};
    NDArray inter = p.mul(y).sum(axes);
    NDArray sizes = p.sum(axes).add(y.sum(axes));
    NDArray dice = inter.mul(2f).add(1f).div(sizes.add(1f));
    return bce.add(dice.neg().add(1f).mean());
  }

  /** Mean IoU at the network's resolution (a quick per-epoch figure for the log). */
  private static double validationIou(Trainer trainer, OutlineSet val) {
    int s = OutlineInput.SIDE;
    int plane = s * s;
    int b = 64;
    float[] x = new float[b * 3 * plane];
    float[] y = new float[b * plane];
    double sum = 0;
    for (int start = 0; start < val.size(); start += b) {
      int k = Math.min(b, val.size() - start);
      val.fill(x, y, k, null, start);
      float[] z;
      try (NDManager m = trainer.getManager().newSubManager()) {
        NDArray xs = m.create(java.util.Arrays.copyOf(x, k * 3 * plane), new Shape(k, 3, s, s));
        z = trainer.evaluate(new NDList(xs)).singletonOrThrow().toFloatArray();
      }
      for (int i = 0; i < k; i++) {
        long inter = 0;
        long union = 0;
        for (int p = 0; p < plane; p++) {
          boolean pred = z[i * plane + p] > 0;
          boolean truth = y[i * plane + p] >= 0.5f;
          inter += pred && truth ? 1 : 0;
          union += pred || truth ? 1 : 0;
        }
        sum += union == 0 ? 1 : inter / (double) union;
      }
    }
    return val.size() == 0 ? Double.NaN : sum / val.size();
  }
}
