package org.openderm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openderm.forecast.evaluation.SeriesCsv;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.synthetic.SyntheticCohort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm forecast synthetic}: writes a SYNTHETIC cohort in the CSV format that {@code
 * forecast evaluate --series} reads, to try the loader or other tools on known data.
 */
@Command(
    name = "synthetic",
    mixinStandardHelpOptions = true,
    description = "Write a SYNTHETIC PO-SCORAD cohort (totals and items) as CSV.")
final class ForecastSyntheticCommand implements Callable<Integer> {

  @Option(names = "--patients", defaultValue = "200", description = "Patients (default 200).")
  int patients;

  @Option(names = "--days", defaultValue = "120", description = "Days per patient (default 120).")
  int days;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default 42).")
  long seed;

  @Option(names = "--out", required = true, description = "The CSV file to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<DailySeries> cohort = SyntheticCohort.generate(patients, days, seed);
    List<String> lines = SeriesCsv.format(cohort);
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.err.printf("%d synthetic patients, %d lines written%n", patients, lines.size() - 1);
    return 0;
  }
}
