package org.openderm.forecast;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.Pmfs;

/**
 * The flare definition: a score at least {@code rise} points above the patient's reference, the
 * median of the assessments of the last {@code referenceDays} days (or the last assessment when
 * none is that recent). The default rise is the instrument's MCID ({@link ForecastInstrument}), the
 * smallest change patients notice as meaningful.
 */
final class FlareRule {

  private final ForecastInstrument instrument;
  private final int rise;
  private final int referenceDays;
  private final boolean configured;

  FlareRule(ForecastInstrument instrument, ForecastProperties properties) {
    this.instrument = instrument;
    this.configured = properties.flareRise() > 0;
    this.rise = configured ? properties.flareRise() : instrument.mcid();
    this.referenceDays = properties.referenceDays();
  }

  int rise() {
    return rise;
  }

  /** The reference score of the series' last days, or null without any assessment. */
  Integer reference(DailySeries series) {
    int[] y = series.scores();
    int[] recent =
        Arrays.stream(y, Math.max(0, y.length - referenceDays), y.length)
            .filter(v -> v != DailySeries.MISSING)
            .sorted()
            .toArray();
    if (recent.length > 0) {
      return recent[(recent.length - 1) / 2];
    }
    int last = series.lastObserved(y.length);
    return last < 0 ? null : y[last];
  }

  /**
   * Whether the flare threshold ({@code reference + rise}) lies above the scale's maximum: no
   * higher score can be measured, so no flare probability is given and the alert treats the score
   * as severe.
   */
  boolean aboveScale(int reference) {
    return reference + rise > instrument.max();
  }

  /** The highest daily probability of a score of at least {@code reference + rise}. */
  double probability(double[][] days, int reference) {
    int threshold = reference + rise;
    double p = 0;
    for (double[] day : days) {
      p = Math.max(p, threshold > instrument.max() ? 0 : Pmfs.upperTail(day, threshold));
    }
    return Math.round(p * 1e4) / 1e4;
  }

  /** The definition in words, in {@code locale} (French by default). */
  String describe(Integer reference, Locale locale) {
    Locale language = locale == null ? Locale.FRENCH : locale;
    ResourceBundle bundle = bundle(language);
    String source =
        bundle.getString(
            configured
                ? "forecast.flare.source.configured"
                : instrument == ForecastInstrument.DLQI
                    ? "forecast.flare.source.basra"
                    : "forecast.flare.source.schram");
    String key =
        reference == null
            ? "forecast.flare.definition.noReference"
            : aboveScale(reference)
                ? "forecast.flare.definition.aboveScale"
                : "forecast.flare.definition";
    return new MessageFormat(bundle.getString(key), language)
        .format(
            new Object[] {
              rise,
              referenceDays,
              reference == null ? 0 : reference + rise,
              source,
              reference == null ? 0 : reference,
              instrument.max()
            });
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "i18n.forecast",
        locale == null ? Locale.FRENCH : locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
