package org.openderm.triage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openderm.ml.card.TriagePipeline;
import org.openderm.ml.training.FinishReport;
import org.openderm.ml.training.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm train triage}: trains the lesion model on a HAM10000 folder, calibrates it and
 * writes weights, settings, SHA-256 sums, split, metrics log and model card into {@code --out}.
 */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    description = "Train the dermoscopy lesion triage model on HAM10000 (CPU, offline).")
public final class TriageTrainCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      required = true,
      description = "HAM10000 folder (metadata.csv, images/).")
  Path data;

  @Option(names = "--out", required = true, description = "Output folder.")
  Path out;

  @Option(names = "--epochs", defaultValue = "40", description = "Maximum epochs (default 40).")
  int epochs;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default 42).")
  long seed;

  @Option(
      names = "--max-minutes",
      defaultValue = "55",
      description = "Training time budget; the schedule follows it (default 55, 0 = none).")
  double maxMinutes;

  @Option(names = "--batch", defaultValue = "64", description = "Batch size (default 64).")
  int batch;

  @Option(names = "--external", description = "isic-557-style folder for external validation.")
  Path external;

  @Option(
      names = "--init",
      description =
          "Start from the weights in this folder (fine-tuning, a tenth of the learning rate).")
  Path init;

  @Option(
      names = "--cutmix",
      defaultValue = "0",
      description = "Probability of CutMix per training image (default 0, off).")
  double cutMix;

  @Option(
      names = "--weight-average",
      defaultValue = "0",
      description =
          "Keep the exponential moving average of the weights with this decay, e.g. 0.998"
              + " (default 0, keep the last weights).")
  double weightAverage;

  @Option(names = "--limit", defaultValue = "0", hidden = true, description = "Subset (tests).")
  int limit;

  @Override
  public Integer call() throws Exception {
    TrainOptions o =
        new TrainOptions(
            data,
            out,
            epochs,
            seed,
            batch,
            limit,
            maxMinutes,
            init,
            external,
            cutMix,
            weightAverage);
    FinishReport r = TriagePipeline.run(o);
    System.out.printf(
        Locale.ROOT,
        "trained %d epochs in %.1f min; validation balanced accuracy %.3f, melanoma AUROC %.3f,"
            + " ECE %.3f -> %.3f (T=%.2f)%nmodel and card written to %s%n",
        r.epochs(),
        r.trainMinutes(),
        r.validation().balancedAccuracy().value(),
        r.validation().melanomaAuroc().value(),
        r.eceUncalibrated(),
        r.validation().ece().value(),
        r.settings().temperature(),
        out.toAbsolutePath());
    return 0;
  }
}
