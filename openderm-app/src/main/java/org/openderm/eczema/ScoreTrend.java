package org.openderm.eczema;

import org.openderm.eczema.course.TrendSummary;

/**
 * One instrument's course in brief, for other features' summaries (the record summary, the decision
 * rules): the last value and its band, and its changes (see {@link TrendSummary}).
 *
 * @param instrument the instrument's id, such as {@code salt} or {@code po-scorad}
 * @param max the instrument's maximum
 * @param trend last value, band, change since the previous entry and over 4 weeks
 */
public record ScoreTrend(String instrument, int max, TrendSummary trend) {}
