package org.openderm.forecast.model;

/**
 * What a model says after fitting one history: the predictive distribution of each of the next
 * days, and how well it explained the history.
 *
 * @param days {@code days[h][k]}: probability that the score {@code h + 1} days after the last day
 *     of the history equals {@code k}
 * @param logEvidence the log marginal likelihood of the observed history under the model (sum of
 *     one-step-ahead log predictive probabilities), {@code NaN} when the model has none
 * @param insufficientHistory whether the forecast came from the population prior alone
 */
public record ModelForecast(double[][] days, double logEvidence, boolean insufficientHistory) {

  /** The number of days forecast. */
  public int horizon() {
    return days.length;
  }
}
