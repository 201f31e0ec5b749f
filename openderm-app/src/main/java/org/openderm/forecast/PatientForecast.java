package org.openderm.forecast;

import java.time.LocalDate;

/**
 * A patient's forecast from the stored diary: {@code GET /api/v1/patients/{id}/forecast}.
 *
 * @param instrument the score forecast
 * @param asOf the day the forecast is made (today); forecast days follow it
 * @param forecast the predictive distributions and flare probability
 * @param alert the alert decision and its explanation
 * @param chart fan-chart data for the course chart
 */
public record PatientForecast(
    String instrument, LocalDate asOf, Forecast forecast, FlareAlert alert, FanChart chart) {}
