package org.openderm.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openderm.forecast.SeriesFormatException;
import org.openderm.forecast.evaluation.EvaluationReport;
import org.openderm.forecast.evaluation.ForwardChaining;
import org.openderm.forecast.evaluation.ProgressBar;
import org.openderm.forecast.evaluation.SeriesCsv;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.ForecastModel;
import org.openderm.forecast.model.ModelCatalog;
import org.openderm.forecast.model.PoScoradItem;
import org.openderm.forecast.synthetic.SyntheticCohort;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code openderm forecast evaluate}: forward-chaining evaluation of every forecaster against the
 * uniform and historical baselines, on a synthetic cohort or on real series from CSV (DESIGN §4).
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Forward-chaining evaluation (refit every k days, predict the next 1..7 days): RPS, log",
      "predictive density and fit time per patient, for every model and the baselines."
    })
final class ForecastEvaluateCommand implements Callable<Integer> {

  static final class Source {
    @Option(names = "--synthetic", description = "Patients in a SYNTHETIC cohort (default 200).")
    Integer synthetic;

    @Option(names = "--series", description = "CSV file: patient,date,score[,items...].")
    Path series;
  }

  @ArgGroup(exclusive = true)
  Source source = new Source();

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Synthetic cohort seed (default 42).")
  long seed;

  @Option(names = "--days", defaultValue = "120", description = "Synthetic days per patient.")
  int days;

  @Option(names = "--refit-every", defaultValue = "7", description = "Days between refits (k).")
  int refitEvery;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = System.out;
    List<DailySeries> cohort;
    String dataset;
    if (source.series != null) {
      try {
        SeriesCsv.Result read = SeriesCsv.read(source.series);
        cohort = read.series();
        dataset = source.series.getFileName().toString();
        if (read.duplicates() > 0) {
          System.err.printf(
              "%d duplicate patient-days: the last line of each was kept%n", read.duplicates());
        }
      } catch (SeriesFormatException e) {
        e.problems().forEach(System.err::println);
        return 1;
      }
    } else {
      int n = source.synthetic == null ? 200 : source.synthetic;
      cohort = SyntheticCohort.generate(n, days, seed);
      dataset = String.format(Locale.ROOT, "synthetic(n=%d,days=%d,seed=%d)", n, days, seed);
    }
    List<ForecastModel> models =
        new ArrayList<>(ModelCatalog.totalScoreModels(PoScoradItem.TOTAL_MAX));
    if (!cohort.isEmpty() && cohort.stream().allMatch(DailySeries::hasItems)) {
      models.addAll(ModelCatalog.itemModels());
    }
    ForwardChaining.Settings defaults = ForwardChaining.Settings.defaults();
    ForwardChaining.Settings settings =
        new ForwardChaining.Settings(
            defaults.horizon(),
            refitEvery,
            defaults.firstCut(),
            defaults.minObserved(),
            threads == null ? defaults.threads() : threads);
    ProgressBar bar = new ProgressBar(System.err, "Evaluating", cohort.size());
    EvaluationReport report =
        new ForwardChaining(settings).evaluate(dataset, cohort, models, bar::update);
    if (json) {
      out.println(JsonMapper.builder().build().writeValueAsString(report));
    } else {
      print(out, report);
    }
    return 0;
  }

  private static void print(PrintStream out, EvaluationReport report) {
    out.printf(
        "Dataset: %s, %d patients, horizon 1-%d days%n",
        report.dataset(), report.patients(), report.horizonDays());
    double historical = report.model("historical").rps();
    out.printf(
        "%-16s %8s %9s %10s %10s %10s%n", "model", "RPS", "vs hist.", "LPD", "cpu ms", "wall ms");
    for (EvaluationReport.ModelScore m : report.models()) {
      out.printf(
          Locale.ROOT,
          "%-16s %8.4f %+8.1f%% %10.3f %10.2f %10.2f%n",
          m.name(),
          m.rps(),
          100 * (m.rps() / historical - 1),
          m.lpd(),
          m.fitMsPerPatient(),
          m.wallMsPerPatient());
    }
  }
}
