package org.openderm.forecast.evaluation;

import java.util.List;

/**
 * The result of a forward-chaining evaluation, in the JSON shape of DESIGN §4: {@code
 * {"dataset","patients","horizonDays","models":[{"name","rps","lpd","fitMsPerPatient"}]}}.
 *
 * @param dataset what was evaluated, e.g. {@code synthetic(n=200,days=120,seed=42)}
 * @param patients the number of patients
 * @param horizonDays the forecast horizon
 * @param models one score per model, baselines included
 */
public record EvaluationReport(
    String dataset, int patients, int horizonDays, List<ModelScore> models) {

  /**
   * One model's averages over every scored forecast.
   *
   * @param name the model
   * @param rps mean ranked probability score (lower is better)
   * @param lpd mean log predictive density (higher is better)
   * @param fitMsPerPatient mean CPU milliseconds (of the fitting thread) of one fit plus one {@code
   *     horizonDays} forecast of one patient
   * @param wallMsPerPatient the same in elapsed time, which includes waiting for a busy CPU
   * @param forecasts the number of scored (patient, day) forecasts
   */
  public record ModelScore(
      String name,
      double rps,
      double lpd,
      double fitMsPerPatient,
      double wallMsPerPatient,
      long forecasts) {}

  /** The score of the model with this name. */
  public ModelScore model(String name) {
    return models.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name));
  }
}
