package org.openderm.forecast.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.ForecastModel;
import org.openderm.forecast.model.PopulationFallback;

/**
 * Forward-chaining evaluation of forecasters, as in EczemaPred (Hurault et al., Clin Transl Allergy
 * 2022;12:e12140): at days {@code firstCut}, {@code firstCut + refitEvery}, ... each model is
 * refitted on the patient's past only and predicts the next {@code horizon} days; every observed
 * day of those is scored (RPS, log predictive density) and averaged over all forecasts.
 *
 * <p>Population priors use two-fold cross-fitting: the priors for the even-numbered patients are
 * estimated on the odd-numbered ones and vice versa, so no patient's own future reaches its prior.
 * A history with fewer than {@code minObserved} observed days is forecast from the population prior
 * ({@link PopulationFallback}).
 */
public final class ForwardChaining {

  /** Fit times are CPU times of the fitting thread: other processes' load does not count. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * The evaluation protocol.
   *
   * @param horizon days predicted after each refit (1..horizon days ahead)
   * @param refitEvery days between refits (k)
   * @param firstCut the first refit day (the days before are history only)
   * @param minObserved fewer observed days than this: population prior
   * @param threads worker threads
   */
  public record Settings(int horizon, int refitEvery, int firstCut, int minObserved, int threads) {

    /** The default protocol: weekly refits from day 14, 7-day horizon. */
    public static Settings defaults() {
      return new Settings(7, 7, 14, 5, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
  }

  private final Settings settings;

  public ForwardChaining(Settings settings) {
    this.settings = settings;
  }

  /** Evaluates {@code models} on {@code cohort}; {@code progress} receives patients done. */
  public EvaluationReport evaluate(
      String dataset, List<DailySeries> cohort, List<ForecastModel> models, IntConsumer progress)
      throws InterruptedException {
    List<List<ForecastModel>> byFold = new ArrayList<>();
    for (int fold = 0; fold < 2; fold++) {
      List<DailySeries> others = new ArrayList<>();
      for (int i = 0; i < cohort.size(); i++) {
        if (i % 2 != fold) {
          others.add(cohort.get(i));
        }
      }
      List<ForecastModel> fitted = new ArrayList<>();
      for (ForecastModel m : models) {
        ForecastModel pop = others.size() >= 2 ? m.withPopulation(others) : m;
        fitted.add(new PopulationFallback(pop, settings.minObserved()));
      }
      byFold.add(fitted);
    }
    Tally[] totals = new Tally[models.size()];
    for (int m = 0; m < totals.length; m++) {
      totals[m] = new Tally();
    }
    AtomicInteger done = new AtomicInteger();
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      pool.submit(
              () ->
                  java.util.stream.IntStream.range(0, cohort.size())
                      .parallel()
                      .forEach(
                          i -> {
                            Tally[] t = patient(cohort.get(i), byFold.get(i % 2));
                            synchronized (totals) {
                              for (int m = 0; m < totals.length; m++) {
                                totals[m].add(t[m]);
                              }
                            }
                            progress.accept(done.incrementAndGet());
                          }))
          .get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    List<EvaluationReport.ModelScore> scores = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      scores.add(totals[m].score(models.get(m).name()));
    }
    return new EvaluationReport(dataset, cohort.size(), settings.horizon(), scores);
  }

  private Tally[] patient(DailySeries series, List<ForecastModel> models) {
    Tally[] tallies = new Tally[models.size()];
    for (int m = 0; m < tallies.length; m++) {
      tallies[m] = new Tally();
    }
    int[] y = series.scores();
    for (int cut = settings.firstCut(); cut < series.length(); cut += settings.refitEvery()) {
      DailySeries past = series.truncated(cut);
      for (int m = 0; m < models.size(); m++) {
        long cpu = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        double[][] days = models.get(m).forecast(past, cut, settings.horizon()).days();
        tallies[m].wallNanos += System.nanoTime() - start;
        tallies[m].nanos += CPU.getCurrentThreadCpuTime() - cpu;
        tallies[m].fits++;
        for (int h = 0; h < days.length && cut + h < y.length; h++) {
          if (y[cut + h] != DailySeries.MISSING) {
            tallies[m].rps += Scores.rps(days[h], y[cut + h]);
            tallies[m].lpd += Scores.logPredictive(days[h], y[cut + h]);
            tallies[m].count++;
          }
        }
      }
    }
    return tallies;
  }

  /** Running sums for one model. */
  private static final class Tally {
    double rps;
    double lpd;
    long count;
    long nanos;
    long wallNanos;
    long fits;

    void add(Tally o) {
      rps += o.rps;
      lpd += o.lpd;
      count += o.count;
      nanos += o.nanos;
      wallNanos += o.wallNanos;
      fits += o.fits;
    }

    EvaluationReport.ModelScore score(String name) {
      double n = Math.max(count, 1);
      double perFit = Math.max(fits, 1) * 1e6;
      return new EvaluationReport.ModelScore(
          name, rps / n, lpd / n, nanos / perFit, wallNanos / perFit, count);
    }
  }
}
