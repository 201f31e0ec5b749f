package org.openderm.forecast.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.openderm.forecast.synthetic.SyntheticCohort.Process;

/** The latent severity paths of {@link SyntheticCohort}, one method per process. */
final class Dynamics {

  private Dynamics() {}

  static double[] simulate(Process process, int days, LocalDate start, SplittableRandom rng) {
    double level = -1.2 + 0.7 * gaussian(rng);
    return switch (process) {
      case LATENT_RANDOM_WALK -> randomWalk(days, level, rng);
      case TREATMENT_CHANGES -> reverting(days, start, level, rng, 1, 0, 0);
      case SUDDEN_FLARES -> reverting(days, start, level - 0.5, rng, 0, 1, 0);
      case WEEKLY_PATTERN -> reverting(days, start, level, rng, 0, 0, 1);
      case MIXED -> reverting(days, start, level, rng, 0.5, 0.5, 0.5);
    };
  }

  private static double[] randomWalk(int days, double level, SplittableRandom rng) {
    double sigma = 0.05 + 0.25 * rng.nextDouble();
    double[] s = new double[days];
    s[0] = level;
    for (int d = 1; d < days; d++) {
      s[d] = Math.max(-4.5, Math.min(2, s[d - 1] + sigma * gaussian(rng)));
    }
    return s;
  }

  /** Mean reversion plus treatment changes, flares and a weekend effect, each scaled. */
  private static double[] reverting(
      int days,
      LocalDate start,
      double level,
      SplittableRandom rng,
      double treatment,
      double flares,
      double weekly) {
    double rate = 0.05 + 0.15 * rng.nextDouble();
    double drop = treatment * (0.8 + 1.2 * rng.nextDouble());
    double flareRate = flares * (1.0 / 40 + (1.0 / 15 - 1.0 / 40) * rng.nextDouble());
    double decay = Math.pow(0.5, 1 / (3 + 7 * rng.nextDouble()));
    double weekend = weekly * (0.2 + 0.4 * rng.nextDouble());
    boolean treated = false;
    double nextSwitch = exponential(rng, 30);
    double excess = 0;
    double base = level;
    double[] s = new double[days];
    for (int d = 0; d < days; d++) {
      if (drop > 0 && d >= nextSwitch) {
        treated = !treated;
        nextSwitch = d + exponential(rng, 30);
      }
      double target = level - (treated ? drop : 0);
      base = d == 0 ? level : base + rate * (target - base) + 0.12 * gaussian(rng);
      excess *= decay;
      if (rng.nextDouble() < flareRate) {
        excess += 1 + 1.5 * rng.nextDouble();
      }
      boolean isWeekend = SyntheticCohort.weekend(start.plusDays(d));
      s[d] = base + excess + (isWeekend ? weekend : 0);
    }
    return s;
  }

  static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static double exponential(SplittableRandom rng, double mean) {
    return -mean * Math.log(1 - rng.nextDouble());
  }
}
