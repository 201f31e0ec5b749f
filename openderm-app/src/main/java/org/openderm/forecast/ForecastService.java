package org.openderm.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.ForecastModel;
import org.openderm.forecast.model.ModelCatalog;
import org.openderm.forecast.model.ModelForecast;
import org.openderm.forecast.model.Pmfs;
import org.openderm.forecast.model.PopulationFallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The forecasting facade: from a patient's severity series to the predictive distribution of the
 * next days and the probability of a flare.
 *
 * <p>Stateless: the series comes with each call. A flare is a score at least the instrument's MCID
 * (or the configured rise) above the reference, the median of the last {@code referenceDays} days'
 * assessments; {@code flareProbability} is the highest daily probability of that over the horizon
 * (a lower bound of the probability of any flare day, and the figure a fan chart shows). Not a
 * diagnosis: the model knows only the diary, not treatment changes or triggers.
 */
@Service
public class ForecastService {

  /** Series longer than this are cut to their last days: older days barely change a forecast. */
  static final int MAX_DAYS = 365;

  static final int MAX_HORIZON = 14;

  private final ForecastProperties properties;
  private final Clock clock;
  private final Map<ForecastInstrument, ForecastModel> models = new ConcurrentHashMap<>();

  @Autowired
  public ForecastService(ForecastProperties properties) {
    this(properties, Clock.systemUTC());
  }

  ForecastService(ForecastProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    ModelCatalog.byName(properties.model(), 103)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown forecast model " + properties.model()));
  }

  /** The settings in force (alert threshold, flare rise). */
  public ForecastProperties properties() {
    return properties;
  }

  /** Forecasts the days after the last assessment, texts in {@code locale}. */
  public Forecast forecast(ForecastRequest request, Locale locale) {
    ValidSeries valid = ValidSeries.of(request, MAX_HORIZON);
    LocalDate last = valid.points().isEmpty() ? LocalDate.now(clock) : valid.points().lastKey();
    return forecast(valid, last, locale);
  }

  /**
   * Forecasts the {@code horizonDays} days after {@code asOf} from the assessments up to {@code
   * asOf} (for a stored diary: {@code asOf} is today).
   */
  public Forecast forecast(
      String instrument, List<ScorePoint> series, int horizonDays, LocalDate asOf, Locale locale) {
    List<ScorePoint> known =
        series.stream().filter(p -> p.date() != null && !p.date().isAfter(asOf)).toList();
    ValidSeries valid =
        ValidSeries.of(new ForecastRequest(instrument, known, horizonDays), MAX_HORIZON);
    return forecast(valid, asOf, locale);
  }

  /** The forecast of a checked series, for the days after {@code asOf}. */
  Forecast forecast(ValidSeries valid, LocalDate asOf, Locale locale) {
    ForecastInstrument instrument = valid.instrument();
    ForecastModel model = models.computeIfAbsent(instrument, this::model);
    LocalDate start = valid.points().isEmpty() ? asOf : valid.points().firstKey();
    LocalDate from = asOf.minusDays(MAX_DAYS - 1L);
    if (start.isBefore(from)) {
      start = from;
    }
    int length = (int) ChronoUnit.DAYS.between(start, asOf) + 1;
    int[] scores = new int[length];
    Arrays.fill(scores, DailySeries.MISSING);
    for (var e : valid.points().entrySet()) {
      long d = ChronoUnit.DAYS.between(start, e.getKey());
      if (d >= 0 && d < length) {
        scores[(int) d] = e.getValue();
      }
    }
    DailySeries series = DailySeries.ofTotals("request", start, scores);
    ModelForecast f = model.forecast(series, length, valid.horizonDays());
    FlareRule rule = new FlareRule(instrument, properties);
    Integer reference = rule.reference(series);
    Double flare =
        reference == null || rule.aboveScale(reference)
            ? null
            : rule.probability(f.days(), reference);
    List<ForecastDay> days = new ArrayList<>();
    for (int h = 0; h < f.horizon(); h++) {
      days.add(day(asOf.plusDays(h + 1L), f.days()[h]));
    }
    return new Forecast(
        model.name(),
        f.insufficientHistory(),
        flare,
        rule.describe(reference, locale),
        days,
        reference);
  }

  private ForecastModel model(ForecastInstrument instrument) {
    ForecastModel m =
        ModelCatalog.byName(properties.model(), instrument.max())
            .orElseThrow(() -> new IllegalStateException(properties.model()));
    return new PopulationFallback(m, properties.minHistory());
  }

  private static ForecastDay day(LocalDate date, double[] p) {
    double[] rounded = new double[p.length];
    for (int k = 0; k < p.length; k++) {
      rounded[k] = Math.round(p[k] * 1e8) / 1e8;
    }
    return new ForecastDay(
        date,
        Pmfs.quantile(p, 0.5),
        Pmfs.quantile(p, 0.05),
        Pmfs.quantile(p, 0.25),
        Pmfs.quantile(p, 0.75),
        Pmfs.quantile(p, 0.95),
        rounded);
  }
}
