package org.openderm.assistant;

import java.util.List;
import java.util.Map;

/**
 * A red-flag or refusal rule read from {@code knowledge/safety/}.
 *
 * @param id stable id, such as {@code eczema-herpeticum} or {@code dose}
 * @param urgency for a red flag, how soon to act; {@link Urgency#NONE} for a refusal
 * @param patterns alternatives; a pattern matches when each of its groups has an affirmed concept
 *     (a group is a list of concept names, any of which will do; a group {@code !concept} matches
 *     when the concept is absent)
 * @param message what to do now (red flag) or why the assistant declines (refusal), by language
 * @param whoToAsk for a refusal, who can answer instead, by language; empty for a red flag
 * @param articles for a red flag, the knowledge-base articles that explain it, cited first
 * @param supersedes ids of more general rules this one replaces when both match
 */
record SafetyRule(
    String id,
    Urgency urgency,
    List<List<List<String>>> patterns,
    Map<Language, String> message,
    Map<Language, String> whoToAsk,
    List<String> articles,
    List<String> supersedes) {

  SafetyRule {
    patterns = List.copyOf(patterns);
    articles = List.copyOf(articles);
    supersedes = List.copyOf(supersedes);
    message = Map.copyOf(message);
    whoToAsk = Map.copyOf(whoToAsk);
  }

  /** Whether one of the patterns matches the tokens. */
  boolean matches(ConceptFinder finder, List<String> tokens) {
    for (List<List<String>> pattern : patterns) {
      boolean all = true;
      for (List<String> group : pattern) {
        if (group.get(0).startsWith("!")) {
          if (finder.affirmed(group.get(0).substring(1), tokens)) {
            all = false;
            break;
          }
        } else if (group.stream().noneMatch(concept -> finder.affirmed(concept, tokens))) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
