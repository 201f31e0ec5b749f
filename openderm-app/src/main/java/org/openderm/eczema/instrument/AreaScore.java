package org.openderm.eczema.instrument;

import java.math.BigDecimal;

/**
 * The 0–6 area score of EASI and PASI from the affected percentage of a region: 0 none, 1 under 10
 * %, 2 10–29 %, 3 30–49 %, 4 50–69 %, 5 70–89 %, 6 90–100 % (Fredriksson and Pettersson 1978;
 * Hanifin et al. 2001).
 *
 * <p>Fractional percentages fall in the band below the next printed lower bound (29.5 % is 2).
 */
public final class AreaScore {

  /** The area score itself. */
  public static final Range SCORE = Range.integers(0, 6);

  private static final int[] LOWER_BOUNDS = {10, 30, 50, 70, 90};

  private AreaScore() {}

  /** The area score for an affected percentage from 0 to 100. */
  public static int fromPercent(BigDecimal percent) {
    if (!Scorad.EXTENT.allows(percent)) {
      throw new IllegalArgumentException("percent out of range: " + percent);
    }
    if (percent.signum() == 0) {
      return 0;
    }
    int score = 1;
    for (int bound : LOWER_BOUNDS) {
      if (percent.compareTo(BigDecimal.valueOf(bound)) >= 0) {
        score++;
      }
    }
    return score;
  }
}
