package org.openderm.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.consent.ConsentPolicy;
import org.openderm.consent.Purpose;
import org.openderm.patient.Capability;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.system.InvalidInputException;
import org.openderm.system.OpenDermException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's forecast from the stored diary, with the flare alert and the fan-chart data.
 *
 * <p>Access is checked and the read audited ({@link PatientData}); the forecast is a model run on
 * the patient's data, so it needs the AI_ANALYSIS consent (DESIGN §5). Computed on each read, in
 * milliseconds, so it always reflects the latest diary entry; nothing is stored. Without any score
 * on the instrument there is nothing of the patient's to forecast (422 DERM-0503), so no population
 * fan is drawn for a patient without eczema.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class PatientForecastService {

  /** Days of past scores drawn before the fan. */
  static final int CHART_PAST_DAYS = 28;

  private final ForecastService forecasts;
  private final ObjectProvider<SeverityHistory> history;
  private final ConsentPolicy consent;
  private final Clock clock;

  @Autowired
  PatientForecastService(
      ForecastService forecasts, ObjectProvider<SeverityHistory> history, ConsentPolicy consent) {
    this(forecasts, history, consent, Clock.systemDefaultZone());
  }

  PatientForecastService(
      ForecastService forecasts,
      ObjectProvider<SeverityHistory> history,
      ConsentPolicy consent,
      Clock clock) {
    this.forecasts = forecasts;
    this.history = history;
    this.consent = consent;
    this.clock = clock;
  }

  /** The forecast of the next {@code horizonDays} days after today for {@code instrument}. */
  @PatientData(
      action = Action.R,
      resource = "forecast",
      capability = {Capability.READ})
  // A refused or unavailable forecast must not doom the caller's transaction (the record page
  // shows the other panels and commits its audit row).
  @Transactional(noRollbackFor = OpenDermException.class)
  public PatientForecast forecast(
      @PatientId UUID patientId, String instrument, int horizonDays, Locale locale) {
    ForecastInstrument chosen =
        ForecastInstrument.byId(instrument)
            .orElseThrow(() -> new InvalidInputException("instrument", "is not forecastable"));
    SeverityHistory source = history.getIfAvailable();
    if (source == null) {
      throw new ForecastUnavailableException();
    }
    LocalDate today = LocalDate.now(clock);
    List<ScorePoint> known =
        source.scores(patientId, chosen.id()).stream()
            .filter(p -> p.date() != null && !p.date().isAfter(today))
            .toList();
    if (known.isEmpty()) {
      // Nothing to forecast: said before asking for the AI consent, which would be pointless.
      throw new ForecastNotApplicableException(source.hasEczema(patientId));
    }
    consent.require(patientId, Purpose.AI_ANALYSIS);
    Map<LocalDate, Integer> entriesPerDay = new HashMap<>();
    known.forEach(p -> entriesPerDay.merge(p.date(), 1, Integer::sum));
    ValidSeries valid =
        ValidSeries.of(
            new ForecastRequest(chosen.id(), known, horizonDays), ForecastService.MAX_HORIZON);
    Forecast forecast = forecasts.forecast(valid, today, locale);
    int rise = new FlareRule(chosen, forecasts.properties()).rise();
    FlareAlert alert =
        new AlertExplainer(forecasts.properties().alertThreshold())
            .explain(valid, today, forecast, rise, entriesPerDay, locale);
    return new PatientForecast(
        chosen.id(),
        today,
        forecast,
        alert,
        FanChart.of(valid, today, CHART_PAST_DAYS, forecast, locale));
  }
}
