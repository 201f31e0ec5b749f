package org.openderm.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fan-chart data for the course chart, as parallel arrays over {@code labels} (dates): the observed
 * scores of the recent past, then the forecast median with its 50% (p25..p75) and 90% (p05..p95)
 * bands. A null is "nothing to draw on this date".
 *
 * @param labels ISO dates, past then forecast
 * @param tickLabels the same dates in the reader's language (one per date), for the chart's axis
 * @param observed the assessed score on each date, or null
 * @param median the forecast median, or null before the forecast starts
 * @param p05 lower edge of the 90% band
 * @param p25 lower edge of the 50% band
 * @param p75 upper edge of the 50% band
 * @param p95 upper edge of the 90% band
 */
public record FanChart(
    List<String> labels,
    List<String> tickLabels,
    List<Integer> observed,
    List<Integer> median,
    List<Integer> p05,
    List<Integer> p25,
    List<Integer> p75,
    List<Integer> p95) {

  /** The chart of the last {@code pastDays} days of {@code history} and of {@code forecast}. */
  static FanChart of(ValidSeries history, LocalDate asOf, int pastDays, Forecast forecast) {
    return of(history, asOf, pastDays, forecast, Locale.FRENCH);
  }

  /** The chart with its axis dates in {@code locale} ("7 déc." / "Dec 7"). */
  static FanChart of(
      ValidSeries history, LocalDate asOf, int pastDays, Forecast forecast, Locale locale) {
    FanChart c =
        new FanChart(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    for (LocalDate d = asOf.minusDays(pastDays - 1L); !d.isAfter(asOf); d = d.plusDays(1)) {
      c.labels.add(d.toString());
      c.tickLabels.add(tick(d, locale));
      c.observed.add(history.points().get(d));
      boolean anchor = d.equals(asOf) && history.points().containsKey(d);
      Integer v = anchor ? history.points().get(d) : null;
      for (List<Integer> band : List.of(c.median, c.p05, c.p25, c.p75, c.p95)) {
        band.add(v); // the fan starts at today's score when there is one, so the bands join it
      }
    }
    for (ForecastDay day : forecast.days()) {
      c.labels.add(day.date().toString());
      c.tickLabels.add(tick(day.date(), locale));
      c.observed.add(null);
      c.median.add(day.median());
      c.p05.add(day.p05());
      c.p25.add(day.p25());
      c.p75.add(day.p75());
      c.p95.add(day.p95());
    }
    return c;
  }

  /** Day and abbreviated month in the reader's language, e.g. "7 déc." or "Dec 7". */
  private static String tick(LocalDate d, Locale locale) {
    Locale l = locale == null ? Locale.FRENCH : locale;
    String pattern = "en".equals(l.getLanguage()) ? "MMM d" : "d MMM";
    return DateTimeFormatter.ofPattern(pattern, l).format(d);
  }
}
