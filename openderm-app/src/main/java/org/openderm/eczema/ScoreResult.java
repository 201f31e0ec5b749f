package org.openderm.eczema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A computed score as {@code POST /api/v1/scores/{instrument}} returns it.
 *
 * @param instrument the instrument's id, such as {@code scorad}
 * @param score the exact score (not rounded)
 * @param max the instrument's highest possible score
 * @param band the severity band and its band set
 * @param components the parts the score was built from (instrument-specific)
 */
public record ScoreResult(
    String instrument, double score, int max, ScoreBand band, Map<String, Object> components) {

  public ScoreResult {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }
}
