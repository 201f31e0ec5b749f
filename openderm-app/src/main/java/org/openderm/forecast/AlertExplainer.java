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
    Locale language = locale == null ? Locale.FRENCH : locale;
    ResourceBundle b = FlareRule.bundle(language);
    Double p = forecast.flareProbability();
    boolean raised = p != null && p >= threshold && !forecast.insufficientHistory();
    String summary =
        p == null
            ? b.getString("forecast.alert.noProbability")
            : format(
                b,
                raised ? "forecast.alert.raised" : "forecast.alert.notRaised",
                language,
                Math.round(100 * p),
                forecast.days().size(),
                Math.round(100 * threshold));
    ForecastDay last = forecast.days().get(forecast.days().size() - 1);
    String uncertainty =
        forecast.insufficientHistory()
            ? b.getString("forecast.insufficientHistory")
            : format(
                b,
                "forecast.uncertainty",
                language,
                forecast.days().size(),
                last.p05(),
                last.p95(),
                last.median());
    return new FlareAlert(
        raised,
        p,
        threshold,
        summary,
        trend(history, asOf, rise, b, language),
        uncertainty,
        b.getString(raised ? "forecast.advice.raised" : "forecast.advice.notRaised"),
        b.getString("forecast.advice.source"),
        b.getString("forecast.disclaimer"));
  }

  private static String trend(
      ValidSeries history, LocalDate asOf, int rise, ResourceBundle b, Locale language) {
    Double perWeek = slopePerWeek(history.points(), asOf);
    if (perWeek == null) {
      return format(b, "forecast.trend.unknown", language, TREND_DAYS);
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
