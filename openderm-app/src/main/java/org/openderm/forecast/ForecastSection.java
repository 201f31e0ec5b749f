package org.openderm.forecast;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.consent.ConsentRequiredException;
import org.openderm.patient.PatientRecordSection;
import org.openderm.system.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast panel on the patient record (patient's and sharing clinician's view): the alert with
 * its explanation and the fan chart of the next days after the recent course.
 */
@Component
class ForecastSection implements PatientRecordSection {

  private final PatientForecastService forecasts;
  private final JsonMapper json;

  ForecastSection(PatientForecastService forecasts, JsonMapper json) {
    this.forecasts = forecasts;
    this.json = json;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String template() {
    return "forecast/panel";
  }

  @Override
  public Map<String, Object> model(UUID patientId, Locale locale) {
    Map<String, Object> model = new HashMap<>();
    try {
      PatientForecast f =
          forecasts.forecast(patientId, ForecastInstrument.PO_SCORAD.id(), 7, locale);
      model.put("forecastStatus", "ok");
      model.put("forecastResult", f);
      model.put("forecastChartJson", json.writeValueAsString(f.chart()));
    } catch (ForecastNotApplicableException e) {
      // Without eczema the panel is left out; with eczema but no diary yet, it says so.
      model.put("forecastStatus", e.eczema() ? "noEntries" : "noEczema");
    } catch (ForecastUnavailableException e) {
      model.put("forecastStatus", "unavailable");
    } catch (ConsentRequiredException e) {
      model.put("forecastStatus", "noConsent");
    } catch (AccessDeniedException | InvalidInputException e) {
      // A role without forecasts (e.g. break-glass admin) or unusable stored scores: the rest of
      // the record page must still show, so the panel says only that no forecast is available.
      model.put("forecastStatus", "unavailable");
    }
    return model;
  }
}
