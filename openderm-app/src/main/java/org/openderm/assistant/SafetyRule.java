package org.openderm.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * @param source for a red flag, the guideline or label its advice rests on
 * @param stopNow for a red flag whose advice is to stop a medicine at once: no text shown with it
 *     may say "do not stop"
 * @param yieldsTo for a refusal, the urgency from which a matched "stop now" red flag replaces it
 *     (the refusal to discuss stopping a medicine must not contradict "stop it now"); {@code null}
 *     when it never yields
 */
record SafetyRule(
    String id,
    Urgency urgency,
    List<List<List<String>>> patterns,
    Map<Language, String> message,
    Map<Language, String> whoToAsk,
    List<String> articles,
    List<String> supersedes,
    String source,
    boolean stopNow,
    Urgency yieldsTo) {

  SafetyRule {
    patterns = List.copyOf(patterns);
    articles = List.copyOf(articles);
    supersedes = List.copyOf(supersedes);
    message = Map.copyOf(message);
    whoToAsk = Map.copyOf(whoToAsk);
  }

  /** Whether one of the patterns matches the tokens. */
  boolean matches(ConceptFinder finder, List<String> tokens) {
    return match(finder.scan(tokens)).isPresent();
  }

  /**
   * The first pattern that matches, as the mentions that satisfied its groups (the explanation of
   * why the rule fired); empty when none matches.
   */
  Optional<List<ConceptFinder.Mention>> match(ConceptFinder.Scan scan) {
    for (List<List<String>> pattern : patterns) {
      List<ConceptFinder.Mention> evidence = new ArrayList<>();
      boolean all = true;
      for (List<String> group : pattern) {
        if (group.get(0).startsWith("!")) {
          if (scan.affirmed(group.get(0).substring(1)).isPresent()) {
            all = false;
            break;
          }
          continue;
        }
        Optional<ConceptFinder.Mention> mention =
            group.stream().map(scan::affirmed).flatMap(Optional::stream).findFirst();
        if (mention.isEmpty()) {
          all = false;
          break;
        }
        evidence.add(mention.get());
      }
      if (all) {
        return Optional.of(List.copyOf(evidence));
      }
    }
    return Optional.empty();
  }
}
