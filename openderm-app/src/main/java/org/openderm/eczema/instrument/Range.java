package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The values an instrument item accepts: a closed interval, optionally restricted to steps.
 *
 * <p>Used both to validate input (never clamping) and to tell the user what is allowed, so the
 * message and the rule cannot drift apart.
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value
 * @param step the allowed increment from {@code min}, or {@code null} for any real number
 */
public record Range(BigDecimal min, BigDecimal max, BigDecimal step) {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  public Range {
    Objects.requireNonNull(min);
    Objects.requireNonNull(max);
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("min > max");
    }
  }

  /** Whole numbers from {@code min} to {@code max}. */
  public static Range integers(int min, int max) {
    return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), BigDecimal.ONE);
  }

  /** Any real number from {@code min} to {@code max}. */
  public static Range continuous(int min, int max) {
    return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), null);
  }

  /** Half steps (0, 0.5, 1, ...) from {@code min} to {@code max}. */
  public static Range halfSteps(int min, int max) {
    return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), HALF);
  }

  /** Whether {@code value} is inside the interval and on a step. */
  public boolean allows(BigDecimal value) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return false;
    }
    return step == null || value.subtract(min).remainder(step).signum() == 0;
  }

  /** What is allowed, in words, such as {@code an integer from 0 to 3}. */
  public String describe() {
    String bounds = "from " + min.toPlainString() + " to " + max.toPlainString();
    if (step == null) {
      return "a number " + bounds;
    }
    if (step.compareTo(BigDecimal.ONE) == 0) {
      return "an integer " + bounds;
    }
    return "a number " + bounds + " in steps of " + step.toPlainString();
  }
}
