package org.openderm.forecast.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.PoScoradItem;

/**
 * A seeded generator of SYNTHETIC PO-SCORAD diaries: no real patient is behind any series, and
 * every patient identifier starts with {@code synthetic-} and names its generating process.
 *
 * <p>Why: no public eczema severity time series exists (see the data README), so the models are
 * developed and benchmarked on cohorts generated here, including processes that none of the models
 * assumes exactly. Each patient has a latent severity s(t) on the logit scale around a personal
 * level m ~ N(-1.2, 0.7²) (about 24 PO-SCORAD points), one of these dynamics:
 *
 * <ul>
 *   <li>{@link Process#LATENT_RANDOM_WALK}: s(t+1) = s(t) + σ ε, σ ~ U(0.05, 0.3), kept in [-4.5,
 *       2] (the BinRW / OrderedRW assumption);
 *   <li>{@link Process#TREATMENT_CHANGES}: Ornstein-Uhlenbeck reversion (rate U(0.05, 0.2)) to a
 *       target that drops by U(0.8, 2) while a treatment is on; treatments start and stop after
 *       exponential durations of mean 30 days;
 *   <li>{@link Process#SUDDEN_FLARES}: reversion to a low level plus flares arriving as a Poisson
 *       process (rate U(1/40, 1/15) per day), each a jump of U(1, 2.5) that decays with a half-life
 *       of U(3, 10) days;
 *   <li>{@link Process#WEEKLY_PATTERN}: reversion plus a weekend rise of U(0.2, 0.6);
 *   <li>{@link Process#MIXED}: all of the above at once, at half strength.
 * </ul>
 *
 * <p>Measurement: each item adds a patient offset N(0, 0.4²), a noise shared by the day's items
 * N(0, 0.15²) and its own noise N(0, 0.25²); extent ~ Binomial(100, ·), itch and sleeplessness ~
 * Binomial(10, ·), and the six intensity signs are 3 × logistic(·) plus N(0, 0.3²), rounded — not
 * binomial, on purpose. The total is A/5 + 7B/2 + C rounded half up. Missing days: each patient
 * misses days at random at a rate from {0, 10, 25, 40}%, and 30% of patients also miss one run of 3
 * to 10 days; missing days are missing for the total and every item.
 */
public final class SyntheticCohort {

  /** The generating process of a synthetic patient. */
  public enum Process {
    LATENT_RANDOM_WALK,
    TREATMENT_CHANGES,
    SUDDEN_FLARES,
    WEEKLY_PATTERN,
    MIXED
  }

  private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
  private static final double[] MISSING_RATES = {0, 0.10, 0.25, 0.40};

  private SyntheticCohort() {}

  /** {@code patients} synthetic series of {@code days} days, the processes in turn. */
  public static List<DailySeries> generate(int patients, int days, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    List<DailySeries> out = new ArrayList<>();
    Process[] processes = Process.values();
    for (int i = 0; i < patients; i++) {
      SplittableRandom rng = root.split();
      Process process = processes[i % processes.length];
      out.add(patient(i, process, days, rng));
    }
    return out;
  }

  /** The process named in a synthetic patient identifier. */
  public static Process processOf(String patient) {
    for (Process p : Process.values()) {
      if (patient.endsWith("-" + p.name().toLowerCase(java.util.Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("not a synthetic patient: " + patient);
  }

  private static DailySeries patient(int index, Process process, int days, SplittableRandom rng) {
    LocalDate start = FIRST_MONDAY.plusDays(rng.nextInt(7));
    double[] severity = Dynamics.simulate(process, days, start, rng);
    boolean[] missing = missingDays(days, rng);
    int[][] items = new int[PoScoradItem.values().length][days];
    int[] totals = new int[days];
    Measurement measurement = new Measurement(rng);
    for (int d = 0; d < days; d++) {
      int[] values = measurement.items(severity[d]);
      for (int i = 0; i < values.length; i++) {
        items[i][d] = missing[d] ? DailySeries.MISSING : values[i];
      }
      totals[d] = missing[d] ? DailySeries.MISSING : PoScoradItem.total(values);
    }
    String id =
        String.format(
            java.util.Locale.ROOT,
            "synthetic-%04d-%s",
            index + 1,
            process.name().toLowerCase(java.util.Locale.ROOT));
    return new DailySeries(id, start, totals, items);
  }

  private static boolean[] missingDays(int days, SplittableRandom rng) {
    boolean[] missing = new boolean[days];
    double rate = MISSING_RATES[rng.nextInt(MISSING_RATES.length)];
    for (int d = 1; d < days; d++) {
      missing[d] = rng.nextDouble() < rate;
    }
    if (rng.nextDouble() < 0.3 && days > 20) {
      int length = 3 + rng.nextInt(8);
      int from = 1 + rng.nextInt(days - length - 1);
      for (int d = from; d < from + length; d++) {
        missing[d] = true;
      }
    }
    return missing;
  }

  static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
