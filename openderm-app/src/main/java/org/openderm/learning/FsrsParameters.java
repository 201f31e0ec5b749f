package org.openderm.learning;

import java.util.Arrays;

/**
 * The 21 weights w0..w20 of FSRS-6, the version of the Free Spaced Repetition Scheduler used here.
 *
 * <p>The defaults are the published FSRS-6 defaults (open-spaced-repetition, "The Algorithm", the
 * fsrs4anki wiki, https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm, and the
 * reference schedulers fsrs-rs and py-fsrs 6). They were fitted on millions of Anki reviews, not on
 * dermatology images: they are a sensible start, not an optimum for this material. Weights
 * optimized on a learner's own history can be passed instead; they must lie in the published
 * bounds, which keep every formula finite and monotone.
 */
record FsrsParameters(double[] w) {

  private static final double[] DEFAULTS = {
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
  };

  // Bounds of the reference optimizer: outside them the memory model is no longer monotone.
  private static final double[] LOWER = {
    0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1,
    0, 0, 0, 0.1
  };
  private static final double[] UPPER = {
    100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8
  };

  FsrsParameters {
    if (w.length != DEFAULTS.length) {
      throw new IllegalArgumentException("FSRS-6 has 21 weights, got " + w.length);
    }
    for (int i = 0; i < w.length; i++) {
      if (!(w[i] >= LOWER[i] && w[i] <= UPPER[i])) {
        throw new IllegalArgumentException(
            "w" + i + " = " + w[i] + " is outside [" + LOWER[i] + ", " + UPPER[i] + "]");
      }
    }
    w = w.clone();
  }

  /** The published FSRS-6 default weights. */
  static FsrsParameters defaults() {
    return new FsrsParameters(DEFAULTS);
  }

  /** Weight {@code i}, as named w_i in the published formulas. */
  double w(int i) {
    return w[i];
  }

  @Override
  public double[] w() {
    return w.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FsrsParameters p && Arrays.equals(w, p.w);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(w);
  }

  @Override
  public String toString() {
    return "FsrsParameters" + Arrays.toString(w);
  }
}
