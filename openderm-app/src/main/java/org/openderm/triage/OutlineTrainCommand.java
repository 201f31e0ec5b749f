package org.openderm.triage;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openderm.ml.card.OutlineCard;
import org.openderm.ml.lesion.ModelFiles;
import org.openderm.ml.training.OutlineOptions;
import org.openderm.ml.training.OutlineTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm train segmentation}: trains the lesion outline network on the HAM10000 masks and
 * writes its weights, SHA-256 sums, metrics log and card into {@code --out}. By default it keeps
 * the bundled classifier's validation lesions out of training.
 */
@Command(
    name = "segmentation",
    mixinStandardHelpOptions = true,
    description = "Train the lesion outline (segmentation) network on the HAM10000 masks.")
public final class OutlineTrainCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      required = true,
      description = "HAM10000 folder (metadata.csv, images/, masks/).")
  Path data;

  @Option(names = "--out", required = true, description = "Output folder.")
  Path out;

  @Option(
      names = "--split",
      description = "split.csv to use (default: the bundled lesion classifier's split).")
  Path split;

  @Option(names = "--epochs", defaultValue = "30", description = "Maximum epochs (default 30).")
  int epochs;

  @Option(
      names = "--max-minutes",
      defaultValue = "20",
      description = "Training time budget; the schedule follows it (default 20, 0 = none).")
  double maxMinutes;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default 42).")
  long seed;

  @Option(names = "--batch", defaultValue = "32", description = "Batch size (default 32).")
  int batch;

  @Option(names = "--limit", defaultValue = "0", hidden = true, description = "Subset (tests).")
  int limit;

  @Override
  public Integer call() throws Exception {
    Path splitCsv = split;
    if (splitCsv == null && limit == 0) {
      Files.createDirectories(out);
      splitCsv = out.resolve("classifier-split.csv");
      try (InputStream in =
          ModelFiles.class.getResourceAsStream(ModelFiles.BUNDLED + "split.csv")) {
        if (in == null) {
          throw new IllegalStateException("the bundled classifier split is missing");
        }
        Files.copy(in, splitCsv, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    OutlineTrainer.Result r =
        OutlineTrainer.train(
            new OutlineOptions(data, out, splitCsv, epochs, seed, batch, limit, maxMinutes));
    OutlineCard.write(out, r);
    System.out.printf(
        Locale.ROOT,
        "trained %d epochs in %.1f min; validation IoU %.3f, Dice %.3f (classical baseline IoU"
            + " %.3f)%nweights and card written to %s%n",
        r.epochs(),
        r.minutes(),
        r.network().meanIou(),
        r.network().meanDice(),
        r.classical().meanIou(),
        out.toAbsolutePath());
    return 0;
  }
}
