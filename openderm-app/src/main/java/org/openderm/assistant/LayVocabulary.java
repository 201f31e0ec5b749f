package org.openderm.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Groups of equivalent words, lay and medical ("hives", "urticaria"; "boutons", "acné"), one file
 * per language ({@code knowledge/search/lay-terms.<lang>.txt}).
 *
 * <p>When a question contains a phrase of a group, typos tolerated, the other phrases of the group
 * join the query as alternatives of the phrase's own terms. Applied at query time only, so the
 * index and its statistics stay those of the articles as written.
 */
final class LayVocabulary {

  private final Lexicon groups;

  LayVocabulary(Lexicon groups) {
    this.groups = groups;
  }

  /** Parses a lay-terms file ({@code name = phrase, phrase, ...}). */
  static LayVocabulary parse(String file, String text) {
    return new LayVocabulary(Lexicon.parse(Map.of(file, text)));
  }

  /** For each analyzed term of a matched phrase, the analyzed terms of its equivalents. */
  Map<String, Set<String>> expand(String question, Analyzer analyzer) {
    List<String> tokens = Text.tokens(question);
    Map<String, Set<String>> expansions = new LinkedHashMap<>();
    for (String group : groups.concepts()) {
      List<List<String>> phrases = groups.phrases(group);
      for (List<String> phrase : phrases) {
        if (!occurs(phrase, tokens)) {
          continue;
        }
        List<String> anchors = Analyzers.terms(analyzer, String.join(" ", phrase));
        Set<String> others = new LinkedHashSet<>();
        for (List<String> other : phrases) {
          if (other != phrase) {
            others.addAll(Analyzers.terms(analyzer, String.join(" ", other)));
          }
        }
        others.removeAll(anchors);
        for (String anchor : anchors) {
          expansions.computeIfAbsent(anchor, a -> new LinkedHashSet<>()).addAll(others);
        }
      }
    }
    return expansions;
  }

  private static boolean occurs(List<String> phrase, List<String> tokens) {
    for (int start = 0; start < tokens.size(); start++) {
      if (matchAt(phrase, tokens, start) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The group names, for tests. */
  List<String> groups() {
    return new ArrayList<>(groups.concepts());
  }

  /**
   * Matches a phrase at {@code start} with the retrieval's word matching, allowing one filler word
   * between its words; returns the index after the match, or -1. Used by the lay vocabulary of the
   * search, not by the safety rules.
   */
  static int matchAt(List<String> phrase, List<String> tokens, int start) {
    int position = start;
    for (int w = 0; w < phrase.size(); w++) {
      String word = phrase.get(w);
      if (position < tokens.size() && Text.wordMatches(word, tokens.get(position))) {
        position++;
      } else if (w > 0
          && position + 1 < tokens.size()
          && !tokens.get(position).equals(Text.BOUNDARY)
          && Text.wordMatches(word, tokens.get(position + 1))) {
        position += 2;
      } else {
        return -1;
      }
    }
    return position;
  }
}
