package org.openderm.forecast;

import java.time.LocalDate;

/**
 * The predictive distribution of one forecast day.
 *
 * @param date the day
 * @param median the median score
 * @param p05 the 5th percentile (the 90% band is p05..p95)
 * @param p25 the 25th percentile (the 50% band is p25..p75)
 * @param p75 the 75th percentile
 * @param p95 the 95th percentile
 * @param distribution P(score = k) for k = 0..max, so that any scoring rule can be computed
 */
public record ForecastDay(
    LocalDate date, int median, int p05, int p25, int p75, int p95, double[] distribution) {}
