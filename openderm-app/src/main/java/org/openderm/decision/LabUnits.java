package org.openderm.decision;

import java.util.Locale;
import java.util.Optional;

/**
 * Converts laboratory values to the unit the rules' thresholds are written in: cell counts in
 * 10^9/L (the same number as 10^3/µL, G/L, 10^3/mm³) and haemoglobin in g/dL, as in the EMA SmPCs.
 *
 * <p>A value whose unit is unknown is accepted only where its magnitude leaves no doubt (a platelet
 * count of 150000 is per µL); otherwise it is rejected and reported as not understood rather than
 * compared against a threshold it may not belong to.
 */
final class LabUnits {

  private LabUnits() {}

  /** The value in the group's canonical unit, or empty when the unit cannot be interpreted. */
  static Optional<Double> normalise(Vocabulary.LabGroup group, double value, String unit) {
    String canonical = group.unit();
    if (canonical == null) {
      return Optional.of(value);
    }
    String u = unit == null ? "" : unit.replace(" ", "").replace("µ", "u").replace("μ", "u");
    u = u.toLowerCase(Locale.ROOT);
    return switch (canonical) {
      case "10*9/L" -> count(value, u);
      case "g/dL" -> haemoglobin(value, u);
      case "kg" -> weight(value, u);
      default -> Optional.of(value);
    };
  }

  private static Optional<Double> count(double value, String u) {
    if (u.matches(
        "10\\*9/l|10\\^9/l|10e9/l|g/l|giga/l|10\\*3/ul|10\\^3/ul|10e3/ul|k/ul|"
            + "10\\*3/mm3|10\\^3/mm3|thou/ul|x10e9/l|x10\\^9/l|x10\\*9/l|x10e3/ul")) {
      return Optional.of(value);
    }
    if (u.matches("/ul|/mm3|cells/ul|cells/mm3|1/ul|\\{cells\\}/ul|/mm\\^3")) {
      return Optional.of(value / 1000.0);
    }
    if (u.isEmpty()) {
      // Per µL counts are in the hundreds at least; per 10^9/L counts are below 2000.
      return value >= 2000 ? Optional.of(value / 1000.0) : Optional.of(value);
    }
    return Optional.empty();
  }

  /** Body weight in kg (the dose-per-kg rules use real body weight). */
  private static Optional<Double> weight(double value, String u) {
    return switch (u) {
      case "kg", "" -> Optional.of(value);
      case "g" -> Optional.of(value / 1000.0);
      case "[lb_av]", "lb", "lbs" -> Optional.of(value * 0.45359237);
      default -> Optional.empty();
    };
  }

  private static Optional<Double> haemoglobin(double value, String u) {
    return switch (u) {
      case "g/dl" -> Optional.of(value);
      case "g/l" -> Optional.of(value / 10.0);
      case "mmol/l" -> Optional.of(value * 1.611);
      case "" -> Optional.of(value > 25 ? value / 10.0 : value);
      default -> Optional.empty();
    };
  }
}
