package org.openderm.triage;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openderm.ml.lesion.BatchPredictor;
import org.openderm.ml.lesion.LatencyBench;
import org.openderm.ml.lesion.LesionTriage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm bench triage}: end-to-end latency per photo (decode, preprocessing, model,
 * decision), one at a time; prints p50, p90, p99 and mean in milliseconds.
 */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    description = "Measure lesion triage latency per image (decode + model).")
public final class TriageBenchCommand implements Callable<Integer> {

  @Option(names = "--images", required = true, description = "Folder of JPEG/PNG images.")
  Path images;

  @Option(names = "--runs", defaultValue = "200", description = "Timed runs (default 200).")
  int runs;

  @Option(names = "--warmup", defaultValue = "30", description = "Untimed runs (default 30).")
  int warmup;

  @Option(names = "--threads", defaultValue = "2", description = "PyTorch threads (default 2).")
  int threads;

  @Option(names = "--model", description = "Model folder (default: the bundled model).")
  Path model;

  @Override
  public Integer call() throws Exception {
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    List<Path> files = BatchPredictor.files(images).stream().limit(50).toList();
    try (LesionTriage triage = TriageModels.open(model)) {
      LatencyBench.Latency l = LatencyBench.run(triage, files, warmup, runs);
      System.out.printf(
          Locale.ROOT,
          "triage latency over %d runs (%d threads): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
              + " mean %.1f ms%n",
          l.runs(),
          threads,
          l.p50(),
          l.p90(),
          l.p99(),
          l.mean());
    }
    return 0;
  }
}
