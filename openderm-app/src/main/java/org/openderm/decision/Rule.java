package org.openderm.decision;

import java.util.Map;
import java.util.Set;

/**
 * One decision rule as read from a rule file: when it applies and what card it shows.
 *
 * @param id stable identifier, such as {@code jak-screening-before-start}
 * @param hooks the hooks it answers
 * @param indicator how urgent its card is
 * @param when the condition on the patient context
 * @param texts card summary and detail by language ({@code en}, {@code fr})
 * @param source the label or guideline, with its date
 */
record Rule(
    String id,
    Set<Hook> hooks,
    Indicator indicator,
    Condition when,
    Map<String, Text> texts,
    Card.Source source) {

  /** A card's words in one language. */
  record Text(String summary, String detail) {}

  /** The text in this language, else English. */
  Text text(String language) {
    return texts.getOrDefault(language, texts.get("en"));
  }
}
