package org.openderm.forecast;

import java.util.List;

/**
 * The body of {@code POST /api/v1/forecast} (DESIGN §4).
 *
 * @param instrument the score, such as {@code po-scorad}
 * @param series the assessed days, in any order; days without an entry are missing data
 * @param horizonDays days to forecast after the last assessed day (1..14, default 7)
 */
public record ForecastRequest(String instrument, List<ScorePoint> series, Integer horizonDays) {}
