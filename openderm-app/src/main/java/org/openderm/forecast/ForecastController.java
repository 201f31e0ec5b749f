package org.openderm.forecast;

import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/forecast}: a stateless forecast of the series in the request (DESIGN §4).
 * Nothing is stored; errors are the service's exceptions, mapped to problem+json centrally.
 */
@RestController
@RequestMapping("/api/v1")
class ForecastController {

  private final ForecastService service;

  ForecastController(ForecastService service) {
    this.service = service;
  }

  @PostMapping("/forecast")
  Forecast forecast(@RequestBody ForecastRequest request, Locale locale) {
    return service.forecast(request, locale);
  }
}
