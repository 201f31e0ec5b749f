package org.openderm.ml.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.openderm.ml.lesion.ImagePrep;
import org.openderm.ml.lesion.LesionNet;

/**
 * Trains the lesion classifier on HAM10000 with DJL (PyTorch engine, CPU).
 *
 * <p>Imbalance (nv is 67% of images) is handled twice, as in Menon et al., "Long-tail learning via
 * logit adjustment" (ICLR 2021): batches draw classes with probability proportional to the square
 * root of their size (rare images repeat less than with full balancing), and the loss adds the log
 * of that sampling prior to the logits, so that the raw logits estimate a class-balanced posterior
 * whose arg-max maximises balanced accuracy. AdamW with a one-epoch warm-up then cosine decay. The
 * final weights are kept, or their moving average if asked ({@link WeightAverage}); never a
 * checkpoint picked on validation, which would flatter the metrics.
 */
public final class TriageTrainer {

  static {
    org.openderm.ml.lesion.DjlEnvironment.ensureOffline();
  }

  /** Name of the weights file prefix. */
  public static final String MODEL_NAME = "lesion-triage";

  private TriageTrainer() {}

  /** What the run produced, for calibration and the model card. */
  public record Result(
      Dataset data, double[][] valLogits, int epochs, double seconds, double finalLoss) {}

  /** Trains and saves {@code lesion-triage-0000.params} in {@code out}; returns the result. */
  public static Result train(TrainOptions o) throws IOException {
    long t0 = System.nanoTime();
    Dataset ds = Dataset.prepare(o);
    Files.createDirectories(o.out());
    Path log = o.out().resolve("metrics.csv");
    Files.writeString(log, "epoch,loss,lr,val_balanced_accuracy,val_mel_auroc,seconds\n");
    int steps = Math.max(1, ds.train().size() / o.batch());
    int total = steps * o.epochs();
    Progress progress = new Progress(total, o.maxMinutes());
    float base = TrainOptions.LEARNING_RATE * (o.init() == null ? 1f : 0.1f);
    Tracker lr = new WarmupCosine(base, progress, 1.0 / o.epochs());
    DefaultTrainingConfig cfg =
        new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
            .optOptimizer(
                Optimizer.adamW()
                    .optLearningRateTracker(lr)
                    .optWeightDecays(TrainOptions.WEIGHT_DECAY)
                    .build());
    BalancedSampler sampler = new BalancedSampler(ds, o.seed(), o.cutMix());
    double loss = Double.NaN;
    double[][] valLogits;
    int epochsRun = 0;
    try (Model model = Model.newInstance(MODEL_NAME)) {
      model.setBlock(LesionNet.build());
      if (o.init() != null) {
        // Before the trainer exists: loading afterwards leaves the trainer on the old arrays.
        try {
          model.load(o.init(), MODEL_NAME);
        } catch (ai.djl.MalformedModelException e) {
          throw new IOException("cannot read initial weights in " + o.init(), e);
        }
      }
      try (Trainer trainer = model.newTrainer(cfg)) {
        int s = ImagePrep.INPUT;
        trainer.initialize(new Shape(o.batch(), 3, s, s));
        float[] logPrior = sampler.logPrior();
        WeightAverage average =
            o.weightAverage() > 0 ? new WeightAverage(model.getBlock(), o.weightAverage()) : null;
        Steps plan = new Steps(progress, steps, average == null ? () -> {} : average::update);
        for (int epoch = 1; epoch <= o.epochs() && !progress.done(); epoch++) {
          loss = epoch(trainer, sampler, plan, o.batch(), logPrior, epoch, o.epochs());
          valLogits = Logits.of(trainer::evaluate, trainer.getManager(), ds.valInputs());
          appendLog(log, String.valueOf(epoch), loss, lr.getNewValue(0), ds, valLogits, t0);
          epochsRun = epoch;
        }
        if (average != null) {
          keepAverage(average, trainer, log, loss, ds, t0);
        }
        valLogits = Logits.of(trainer::evaluate, trainer.getManager(), ds.valInputs());
      }
      model.setProperty("Epoch", "0");
      model.save(o.out(), MODEL_NAME);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Result(ds, valLogits, epochsRun, secs, loss);
  }

  /** Puts the averaged weights into the network and logs them as the last row. */
  private static void keepAverage(
      WeightAverage average, Trainer trainer, Path log, double loss, Dataset ds, long t0)
      throws IOException {
    average.copyIntoNetwork();
    average.close();
    double[][] logits = Logits.of(trainer::evaluate, trainer.getManager(), ds.valInputs());
    appendLog(log, "average", loss, 0f, ds, logits, t0);
  }

  /** Steps of one epoch, the run's progress, and what to do after each optimiser step. */
  private record Steps(Progress progress, int count, Runnable afterStep) {}

  private static double epoch(
      Trainer trainer,
      BalancedSampler sampler,
      Steps plan,
      int batch,
      float[] logPrior,
      int epoch,
      int epochs) {
    int s = ImagePrep.INPUT;
    float[] x = new float[batch * 3 * s * s];
    float[] y = new float[batch * LesionNet.CLASSES];
    double sum = 0;
    Progress progress = plan.progress();
    int steps = plan.count();
    try (ProgressBar bar = new ProgressBar("epoch " + epoch + "/" + epochs, steps)) {
      for (int step = 0; step < steps && !progress.done(); step++) {
        sampler.fill(x, y, batch);
        try (NDManager m = trainer.getManager().newSubManager()) {
          NDArray xs = m.create(x, new Shape(batch, 3, s, s));
          NDArray ys = m.create(y, new Shape(batch, LesionNet.CLASSES));
          NDArray prior = m.create(logPrior, new Shape(1, LesionNet.CLASSES));
          try (GradientCollector gc = trainer.newGradientCollector()) {
            NDArray logits = trainer.forward(new NDList(xs)).singletonOrThrow();
            NDArray l = logits.add(prior).logSoftmax(1).mul(ys).sum(new int[] {1}).neg().mean();
            gc.backward(l);
            sum += l.getFloat();
          }
          trainer.step();
          plan.afterStep().run();
          progress.update();
        }
        bar.status(String.format(Locale.ROOT, "loss %.4f", sum / (step + 1)));
        bar.step(1);
      }
    }
    return sum / steps;
  }

  private static void appendLog(
      Path log, String epoch, double loss, float lr, Dataset ds, double[][] logits, long t0)
      throws IOException {
    int[] truth = ds.valTruth();
    int[] pred = new int[truth.length];
    double[] mel = new double[truth.length];
    boolean[] isMel = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      pred[i] = Metrics.argmax(logits[i]);
      mel[i] = Calibration.softmax(logits[i], 1.0)[4];
      isMel[i] = truth[i] == 4;
    }
    double ba = Metrics.balancedAccuracy(truth, pred, LesionNet.CLASSES);
    double auc = Metrics.auroc(mel, isMel);
    String line =
        String.format(
            Locale.ROOT,
            "%s,%.5f,%.6f,%.4f,%.4f,%.0f%n",
            epoch,
            loss,
            lr,
            ba,
            auc,
            (System.nanoTime() - t0) / 1e9);
    Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    System.err.print("  val: " + line);
  }

  /** Training progress in [0, 1]: the larger of steps done and wall-clock budget used. */
  static final class Progress {
    private final int totalSteps;
    private final double budgetNanos;
    private final long start = System.nanoTime();
    private int steps;

    Progress(int totalSteps, double maxMinutes) {
      this.totalSteps = totalSteps;
      this.budgetNanos = maxMinutes > 0 ? maxMinutes * 60e9 : Double.POSITIVE_INFINITY;
    }

    void update() {
      steps++;
    }

    double fraction() {
      return Math.min(
          1.0, Math.max((double) steps / totalSteps, (System.nanoTime() - start) / budgetNanos));
    }

    boolean done() {
      return fraction() >= 1.0;
    }
  }

  /** Linear warm-up over the first {@code warm} fraction, then cosine decay to zero. */
  record WarmupCosine(float base, Progress progress, double warm) implements Tracker {
    @Override
    public float getNewValue(int n) {
      double p = progress.fraction();
      if (p < warm) {
        return (float) (base * (0.1 + 0.9 * p / warm));
      }
      double t = warm >= 1 ? 1 : (p - warm) / (1 - warm);
      return (float) (base * 0.5 * (1 + Math.cos(Math.PI * t)));
    }
  }
}
