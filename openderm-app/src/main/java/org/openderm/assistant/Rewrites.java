package org.openderm.assistant;

import java.util.ArrayList;
import java.util.List;

/**
 * Set phrases replaced by one token before the safety rules read a question ({@code
 * knowledge/safety/rewrites.txt}): "bouton de fièvre" (a cold sore) must not count as a fever.
 */
final class Rewrites {

  private record Rule(List<String> phrase, String replacement) {}

  private final List<Rule> rules;

  private Rewrites(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Parses {@code phrase => replacement} lines; {@code #} starts a comment. */
  static Rewrites parse(String file, String text) {
    List<Rule> rules = new ArrayList<>();
    int number = 0;
    for (String line : text.lines().toList()) {
      number++;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] parts = line.split("=>");
      if (parts.length != 2 || Text.tokens(parts[0]).isEmpty()) {
        throw new InvalidKnowledgeException(file, "line " + number + ": phrase => replacement");
      }
      rules.add(new Rule(Text.tokens(parts[0]), Text.fold(parts[1].strip())));
    }
    return new Rewrites(rules);
  }

  /** The tokens with every occurrence of a phrase replaced. */
  List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens);
    for (Rule rule : rules) {
      for (int i = 0; i + rule.phrase().size() <= out.size(); i++) {
        if (out.subList(i, i + rule.phrase().size()).equals(rule.phrase())) {
          out.subList(i, i + rule.phrase().size()).clear();
          out.add(i, rule.replacement());
        }
      }
    }
    return out;
  }
}
