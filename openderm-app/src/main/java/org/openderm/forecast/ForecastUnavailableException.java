package org.openderm.forecast;

import org.openderm.system.OpenDermException;

/**
 * No source of stored assessments is installed, so a patient's forecast cannot be computed
 * (DERM-0502, 503). The stateless {@code POST /api/v1/forecast} still works.
 */
public class ForecastUnavailableException extends OpenDermException {

  public ForecastUnavailableException() {
    super("DERM-0502", 503, "Stored assessments are not available to the forecast");
  }

  @Override
  public String title() {
    return "Forecast unavailable";
  }
}
