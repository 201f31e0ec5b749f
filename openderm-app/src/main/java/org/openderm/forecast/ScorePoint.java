package org.openderm.forecast;

import java.time.LocalDate;

/**
 * One assessed day of a severity series.
 *
 * @param date the day of the assessment
 * @param score the instrument's total; decimals are rounded half up
 */
public record ScorePoint(LocalDate date, Double score) {}
