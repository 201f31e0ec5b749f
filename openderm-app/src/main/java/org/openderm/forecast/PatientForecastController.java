package org.openderm.forecast;

import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/patients/{id}/forecast}: the forecast of the stored diary (DESIGN §4). */
@RestController
@RequestMapping("/api/v1/patients")
class PatientForecastController {

  private final PatientForecastService service;

  PatientForecastController(PatientForecastService service) {
    this.service = service;
  }

  @GetMapping("/{id}/forecast")
  PatientForecast forecast(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "po-scorad") String instrument,
      @RequestParam(defaultValue = "7") int horizonDays,
      Locale locale) {
    return service.forecast(id, instrument, horizonDays, locale);
  }
}
