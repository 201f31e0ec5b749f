package org.openderm.triage;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openderm.ml.lesion.BatchPredictor;
import org.openderm.ml.lesion.LatencyBench;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.quality.QualityGate;
import org.openderm.photo.ImageSanitizer;
import org.openderm.photo.PhotoProperties;
import org.openderm.photo.SanitizedImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm bench triage}: end-to-end latency per photo as the API handles it, one at a time:
 * the photo sanitiser (decode, orientation, re-encode), the quality gate (with the lesion outline
 * network), the model and the decision; prints p50, p90, p99 and mean in milliseconds. The model
 * runs on every photo, as if all passed the gate. {@code --model-only} times decode and model
 * alone.
 */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    description = "Measure lesion triage latency per image (sanitise + gate + model).")
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

  @Option(
      names = "--model-only",
      description = "Time ImageIO decode and the model only, without sanitiser and quality gate.")
  boolean modelOnly;

  @Override
  public Integer call() throws Exception {
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    List<Path> files = BatchPredictor.files(images).stream().limit(50).toList();
    try (LesionTriage triage = TriageModels.open(model)) {
      LatencyBench.Request request = modelOnly ? LatencyBench.modelOnly(triage) : endToEnd(triage);
      LatencyBench.Latency l = LatencyBench.run(request, files, warmup, runs);
      System.out.printf(
          Locale.ROOT,
          "triage latency (%s) over %d runs (%d threads): p50 %.1f ms, p90 %.1f ms,"
              + " p99 %.1f ms, mean %.1f ms%n",
          modelOnly ? "decode, model" : "sanitise, gate, model",
          l.runs(),
          threads,
          l.p50(),
          l.p90(),
          l.p99(),
          l.mean());
    }
    return 0;
  }

  /** The API's path: sanitise, judge, then the model (whatever the verdict, to time all three). */
  private static LatencyBench.Request endToEnd(LesionTriage triage) {
    ImageSanitizer sanitizer = new ImageSanitizer(PhotoProperties.defaults());
    // Built here, on the command's thread: the outline network's engine loads where it is built.
    QualityGate gate = QualityGate.withOutlineNetwork();
    return file -> {
      SanitizedImage image = sanitizer.sanitize(new ByteArrayInputStream(file));
      gate.assess(image.pixels());
      triage.analyse(image.pixels(), false);
    };
  }
}
