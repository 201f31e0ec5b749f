package org.openderm.forecast;

import java.util.List;

/**
 * A severity forecast (DESIGN §4): not a diagnosis, a statistical projection of the patient's own
 * diary that a clinician interprets.
 *
 * @param model the forecasting model
 * @param insufficientHistory true when the history was too short and the forecast is the population
 *     prior's
 * @param flareProbability the highest daily probability, over the horizon, that the score reaches
 *     the flare threshold; null when there is no history to define the reference, or when the
 *     threshold lies above the scale's maximum (no higher score can be measured, so a "0 %" would
 *     reassure wrongly)
 * @param flareDefinition the flare definition in words, with its source
 * @param days one predictive distribution per forecast day
 * @param flareReference the reference score the flare threshold is counted from; null without
 *     history
 */
public record Forecast(
    String model,
    boolean insufficientHistory,
    Double flareProbability,
    String flareDefinition,
    List<ForecastDay> days,
    Integer flareReference) {}
