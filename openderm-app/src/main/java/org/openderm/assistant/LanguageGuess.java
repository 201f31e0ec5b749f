package org.openderm.assistant;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses whether a question is French or English from its function words, for API calls that do
 * not say. Ties go to French, OpenDerm's default language.
 */
final class LanguageGuess {

  private final Set<String> french;
  private final Set<String> english;

  LanguageGuess(Map<Language, List<String>> stopWords) {
    french = new HashSet<>(stopWords.get(Language.FR));
    english = new HashSet<>(stopWords.get(Language.EN));
    Set<String> shared = new HashSet<>(french);
    shared.retainAll(english);
    french.removeAll(shared);
    english.removeAll(shared);
  }

  Language guess(String question) {
    int fr = 0;
    int en = 0;
    for (String token : Text.tokens(question)) {
      fr += french.contains(token) ? 1 : 0;
      en += english.contains(token) ? 1 : 0;
    }
    return en > fr ? Language.EN : Language.FR;
  }
}
