package org.openderm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openderm.ml.quality.BenchmarkSample;
import org.openderm.ml.quality.BenchmarkTable;
import org.openderm.ml.quality.QualityBenchmark;
import org.openderm.ml.quality.QualityGate;
import org.openderm.ml.quality.QualityThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm quality-benchmark}: calibrates the photo quality gate on dermoscopy images
 * degraded by code and prints the detection / false-rejection table (plain Java, no Spring).
 */
@Command(
    name = "quality-benchmark",
    mixinStandardHelpOptions = true,
    description =
        "Measure the photo quality gate on clean and degraded dermoscopy images (HAM10000, ISIC).")
final class QualityBenchmarkCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", description = "Data sets folder.")
  Path data;

  @Option(names = "--isic-clean", defaultValue = "555", description = "ISIC images measured.")
  int isicClean;

  @Option(names = "--isic-degraded", defaultValue = "300", description = "ISIC images degraded.")
  int isicDegraded;

  @Option(names = "--ham-clean", defaultValue = "2000", description = "HAM10000 images measured.")
  int hamClean;

  @Option(names = "--ham-degraded", defaultValue = "300", description = "HAM10000 degraded.")
  int hamDegraded;

  @Option(names = "--seed", defaultValue = "42", description = "Sampling and defect seed.")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads.")
  int threads;

  @Option(names = "--csv", description = "Also write every measurement to this CSV file.")
  Path csv;

  @Option(
      names = "--lesion-finder",
      defaultValue = "network",
      description =
          "Lesion location for the framing checks: network (default, the lesion outline"
              + " network, as the application's gate) or classical (the gate's own segmentation).")
  String lesionFinder;

  @Override
  public Integer call() throws IOException {
    QualityGate gate =
        switch (lesionFinder) {
          case "network" -> QualityGate.withOutlineNetwork();
          case "classical" -> new QualityGate();
          default -> throw new IllegalArgumentException("--lesion-finder: network or classical");
        };
    QualityBenchmark benchmark = new QualityBenchmark(gate);
    List<BenchmarkSample> samples = new ArrayList<>();
    samples.addAll(run(benchmark, data.resolve("isic-557"), isicClean, isicDegraded));
    samples.addAll(run(benchmark, data.resolve("ham10000"), hamClean, hamDegraded));
    if (csv != null) {
      List<String> lines = new ArrayList<>();
      lines.add(BenchmarkSample.CSV_HEADER);
      samples.forEach(s -> lines.add(s.csv()));
      Files.write(csv, lines);
    }
    if (gate.thresholds() == QualityThresholds.OUTLINE_NETWORK) {
      System.out.println("## The application's gate (QualityThresholds.OUTLINE_NETWORK)\n");
      System.out.println(new BenchmarkTable(gate).markdown(samples));
      return 0;
    }
    System.out.println("## Classical framing, default thresholds (QualityThresholds.DEFAULTS)\n");
    System.out.println(new BenchmarkTable(gate).markdown(samples));
    System.out.println("## Few-refusals operating point (QualityThresholds.FEW_REFUSALS)\n");
    System.out.println(
        new BenchmarkTable(new QualityGate(QualityThresholds.FEW_REFUSALS)).markdown(samples));
    return 0;
  }

  private List<BenchmarkSample> run(QualityBenchmark b, Path dataset, int clean, int degraded) {
    if (!Files.isDirectory(dataset.resolve("images"))) {
      System.err.println("skipped (not found): " + dataset);
      return List.of();
    }
    int total = QualityBenchmark.count(dataset, clean);
    Progress progress = new Progress(dataset.getFileName().toString(), total);
    List<BenchmarkSample> samples = b.run(dataset, clean, degraded, seed, threads, progress);
    progress.done();
    return samples;
  }
}
