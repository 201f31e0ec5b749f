package org.openderm.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;

/**
 * A forecast request checked field by field: every invalid field is reported at once (400).
 *
 * <p>Rules: scores are rounded half up to integers in 0..max; when two entries share a date, the
 * later one in the request wins (a correction follows what it corrects); dates may come in any
 * order and days without an entry are missing data, never zeros.
 */
record ValidSeries(
    ForecastInstrument instrument, TreeMap<java.time.LocalDate, Integer> points, int horizonDays) {

  static final int MAX_POINTS = 5000;

  static ValidSeries of(ForecastRequest request, int maxHorizon) {
    List<Violation> violations = new ArrayList<>();
    ForecastInstrument instrument = ForecastInstrument.byId(request.instrument()).orElse(null);
    if (instrument == null) {
      String known =
          Arrays.stream(ForecastInstrument.values())
              .map(ForecastInstrument::id)
              .collect(Collectors.joining(", "));
      violations.add(new Violation("instrument", "must be one of " + known));
    }
    int horizon = request.horizonDays() == null ? 7 : request.horizonDays();
    if (horizon < 1 || horizon > maxHorizon) {
      violations.add(new Violation("horizonDays", "must be between 1 and " + maxHorizon));
    }
    List<ScorePoint> series = request.series() == null ? List.of() : request.series();
    if (series.size() > MAX_POINTS) {
      violations.add(new Violation("series", "must have at most " + MAX_POINTS + " entries"));
    }
    TreeMap<java.time.LocalDate, Integer> points = new TreeMap<>();
    for (int i = 0; i < series.size() && i < MAX_POINTS; i++) {
      ScorePoint p = series.get(i);
      String field = "series[" + i + "]";
      if (p == null || p.date() == null) {
        violations.add(new Violation(field + ".date", "is required"));
        continue;
      }
      if (p.score() == null) {
        violations.add(new Violation(field + ".score", "is required"));
        continue;
      }
      int max = instrument == null ? Integer.MAX_VALUE : instrument.max();
      if (!(p.score() >= 0 && p.score() <= max)) {
        violations.add(
            new Violation(
                field + ".score", String.format(Locale.ROOT, "must be between 0 and %d", max)));
        continue;
      }
      points.put(p.date(), (int) Math.floor(p.score() + 0.5));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ValidSeries(instrument, points, horizon);
  }
}
