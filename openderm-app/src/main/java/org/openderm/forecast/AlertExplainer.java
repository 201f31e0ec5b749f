package org.openderm.forecast;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Decides the flare alert and explains it: the recent trend (least-squares slope of the last
 * {@value #TREND_DAYS} days' scores, in points per week), the uncertainty (the 90% band at the end
 * of the horizon) and what to do per the care plan (EuroGuiDerm atopic eczema guideline: Wollenberg
 * A et al., J Eur Acad Dermatol Venereol 2022;36:1904-26).
 *
 * <p>Several entries on one day count as one day with that day's latest score (the diary keeps them
 * in time order, and a later entry usually corrects or updates an earlier one); the trend needs
 * three different days, and its message says so.
 *
 * <p>A severe latest score (the instrument's severe band, {@link ForecastInstrument#severe}) or a
 * reference so high that the flare threshold lies above the scale always raises the alert, with the
 * advice to contact the care team: the model forecasts change, and a stable severe course is no
 * reason for reassurance (EuroGuiDerm: severe disease warrants review of the treatment).
 *
 * <p>A trend counts as rising or falling when it exceeds a third of the flare rise per week: slower
 * drifts are within day-to-day noise.
 */
final class AlertExplainer {

  static final int TREND_DAYS = 14;

  private final double threshold;

  AlertExplainer(double threshold) {
    this.threshold = threshold;
  }

  FlareAlert explain(
      ValidSeries history, LocalDate asOf, Forecast forecast, int rise, Locale locale) {
    return explain(history, asOf, forecast, rise, null, locale);
  }

  /**
   * The alert and its explanation.
   *
   * @param entriesPerDay how many diary entries each day had (several on one day count as one day,
   *     its latest score); null when unknown (one per day)
   */
  FlareAlert explain(
      ValidSeries history,
      LocalDate asOf,
      Forecast forecast,
      int rise,
      Map<LocalDate, Integer> entriesPerDay,
      Locale locale) {
    Locale language = locale == null ? Locale.FRENCH : locale;
    ResourceBundle b = FlareRule.bundle(language);
    ForecastInstrument instrument = history.instrument();
    Map.Entry<LocalDate, Integer> latest = history.points().lastEntry();
    Integer reference = forecast.flareReference();
    // Never "no alert, usual care" on a severe score: the model forecasts change, not the level.
    boolean severe = latest != null && instrument.severe(latest.getValue());
    boolean topOfScale = reference != null && reference + rise > instrument.max();
    Double p = forecast.flareProbability();
    boolean flare = p != null && p >= threshold && !forecast.insufficientHistory();
    boolean raised = flare || severe || topOfScale;
    String summary =
        summary(b, language, instrument, latest, reference, severe, topOfScale, p, flare, forecast);
    String uncertainty = uncertainty(b, language, forecast);
    String advice =
        severe || topOfScale
            ? "forecast.advice.severe"
            : raised ? "forecast.advice.raised" : "forecast.advice.notRaised";
    String source =
        severe || topOfScale
            ? b.getString("forecast.severe.source." + instrument.id())
                + " "
                + b.getString("forecast.advice.source")
            : b.getString("forecast.advice.source");
    return new FlareAlert(
        raised,
        p,
        threshold,
        summary,
        trend(history, asOf, rise, entriesPerDay, b, language),
        uncertainty,
        b.getString(advice),
        source,
        b.getString("forecast.disclaimer"),
        severe || topOfScale);
  }

  /** The alert's first sentence: severe level, top of scale, or the flare probability. */
  private String summary(
      ResourceBundle b,
      Locale language,
      ForecastInstrument instrument,
      Map.Entry<LocalDate, Integer> latest,
      Integer reference,
      boolean severe,
      boolean topOfScale,
      Double p,
      boolean flare,
      Forecast forecast) {
    if (severe) {
      return format(
          b,
          "forecast.alert.severe",
          language,
          latest.getValue(),
          instrument.max(),
          instrument.severeAbove(),
          java.sql.Date.valueOf(latest.getKey()));
    }
    if (topOfScale) {
      return format(b, "forecast.alert.topOfScale", language, reference, instrument.max());
    }
    if (p == null) {
      return b.getString("forecast.alert.noProbability");
    }
    return format(
        b,
        flare ? "forecast.alert.raised" : "forecast.alert.notRaised",
        language,
        Math.round(100 * p),
        forecast.days().size(),
        Math.round(100 * threshold));
  }

  /** The 90% band on the forecast's last day, or why there is none. */
  private static String uncertainty(ResourceBundle b, Locale language, Forecast forecast) {
    if (forecast.insufficientHistory()) {
      return b.getString("forecast.insufficientHistory");
    }
    ForecastDay last = forecast.days().get(forecast.days().size() - 1);
    return format(
        b,
        "forecast.uncertainty",
        language,
        forecast.days().size(),
        last.p05(),
        last.p95(),
        last.median());
  }

  private static String trend(
      ValidSeries history,
      LocalDate asOf,
      int rise,
      Map<LocalDate, Integer> entriesPerDay,
      ResourceBundle b,
      Locale language) {
    Double perWeek = slopePerWeek(history.points(), asOf);
    if (perWeek == null) {
      long days = history.points().keySet().stream().filter(d -> inWindow(d, asOf)).count();
      long entries =
          entriesPerDay == null
              ? days
              : entriesPerDay.entrySet().stream()
                  .filter(e -> inWindow(e.getKey(), asOf))
                  .mapToLong(Map.Entry::getValue)
                  .sum();
      return format(b, "forecast.trend.unknown", language, TREND_DAYS, entries, days);
    }
    double stable = Math.max(1, rise / 3.0);
    String key =
        perWeek >= stable
            ? "forecast.trend.rising"
            : perWeek <= -stable ? "forecast.trend.falling" : "forecast.trend.stable";
    long shown = Math.round(Math.abs(perWeek));
    return format(
        b, key, language, TREND_DAYS, key.endsWith("stable") ? Math.round(stable) : shown);
  }

  private static boolean inWindow(LocalDate day, LocalDate asOf) {
    long x = ChronoUnit.DAYS.between(asOf, day);
    return x <= 0 && x > -TREND_DAYS;
  }

  /** The least-squares slope of the last days' scores, per week; null with under 3 points. */
  static Double slopePerWeek(Map<LocalDate, Integer> points, LocalDate asOf) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (var e : points.entrySet()) {
      long x = ChronoUnit.DAYS.between(asOf, e.getKey());
      if (x > 0 || x <= -TREND_DAYS) {
        continue;
      }
      n++;
      sx += x;
      sy += e.getValue();
      sxx += (double) x * x;
      sxy += (double) x * e.getValue();
    }
    double den = n * sxx - sx * sx;
    if (n < 3 || den <= 0) {
      return null;
    }
    return 7 * (n * sxy - sx * sy) / den;
  }

  private static String format(ResourceBundle b, String key, Locale locale, Object... args) {
    return new MessageFormat(b.getString(key), locale).format(args);
  }
}
