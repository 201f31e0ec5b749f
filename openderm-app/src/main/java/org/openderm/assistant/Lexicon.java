package org.openderm.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named concepts and the French and English phrases that express them, for the safety rules.
 *
 * <p>Read from {@code knowledge/safety/synonyms.<lang>.txt} ({@code concept = phrase, phrase}) and
 * merged across languages: a French question with an English word ("un rash") must still trip a red
 * flag, and safety favours recall. Phrase words may end in {@code *} for a prefix, or in {@code =}
 * to be matched exactly (no inflection, no typo: "fainted=" must not match "a faint rash"); {@code
 * a ~ b} matches the parts near each other in any order (see {@link ConceptFinder#NEAR_MARK}).
 */
final class Lexicon {

  private final Map<String, List<List<String>>> phrases;

  private Lexicon(Map<String, List<List<String>>> phrases) {
    this.phrases = phrases;
  }

  /** Parses and merges concept files; {@code files} maps a file name to its text. */
  static Lexicon parse(Map<String, String> files) {
    Map<String, List<List<String>>> phrases = new LinkedHashMap<>();
    files.forEach(
        (file, text) -> {
          int lineNumber = 0;
          for (String line : text.lines().toList()) {
            lineNumber++;
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
              continue;
            }
            int equals = stripped.indexOf('=');
            if (equals <= 0) {
              throw new InvalidKnowledgeException(file, "line " + lineNumber + ": no '='");
            }
            String concept = stripped.substring(0, equals).strip();
            List<List<String>> list = phrases.computeIfAbsent(concept, c -> new ArrayList<>());
            for (String phrase : stripped.substring(equals + 1).split(",")) {
              List<String> words =
                  Text.tokens(
                          phrase
                              .replace("*", "zqz")
                              .replace("=", "zeqz")
                              .replace("~", " " + ConceptFinder.NEAR_MARK + " "))
                      .stream()
                      .map(w -> w.replace("zqz", "*").replace("zeqz", "="))
                      .toList();
              if (!words.isEmpty()) {
                list.add(words);
              }
            }
          }
        });
    return new Lexicon(phrases);
  }

  /** The concept names. */
  Set<String> concepts() {
    return phrases.keySet();
  }

  /** The phrases of a concept, each a list of rule words; empty for an unknown concept. */
  List<List<String>> phrases(String concept) {
    return phrases.getOrDefault(concept, List.of());
  }
}
