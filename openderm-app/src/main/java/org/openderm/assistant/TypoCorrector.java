package org.openderm.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suggests index terms for a question term the index does not know, assuming a typo.
 *
 * <p>Works on analyzed (folded, stemmed) terms against the index vocabulary: one edit for terms of
 * four to six letters, two from seven, as Lucene's fuzzy queries do; transpositions count as one
 * edit. The closest terms win, the most frequent first among equals.
 */
final class TypoCorrector {

  private static final int MAX_SUGGESTIONS = 2;

  private TypoCorrector() {}

  /** Up to two corrections, or none for short terms and numbers. */
  static List<String> corrections(String term, PassageIndex index) {
    if (term.length() < 4 || term.chars().anyMatch(Character::isDigit)) {
      return List.of();
    }
    int maxEdits = term.length() >= 7 ? 2 : 1;
    List<String> candidates = new ArrayList<>();
    int best = maxEdits;
    for (String known : index.vocabulary()) {
      if (Math.abs(known.length() - term.length()) > best) {
        continue;
      }
      int distance = Text.distance(term, known);
      if (distance < best) {
        best = distance;
        candidates.clear();
      }
      if (distance == best) {
        candidates.add(known);
      }
    }
    return candidates.stream()
        .sorted(Comparator.comparingInt(index::documentFrequency).reversed())
        .limit(MAX_SUGGESTIONS)
        .toList();
  }
}
