package org.openderm.assistant;

import java.util.List;

/**
 * Finds concepts in a tokenised question, telling affirmed mentions from negated ones.
 *
 * <p>Negation follows the NegEx idea (Chapman WW et al., J Biomed Inform 2001;34:301-10): a cue
 * ("pas de", "sans", "no", "without") negates a concept that starts within {@value #WINDOW} tokens
 * after it, unless a clause boundary (punctuation, "mais", "but") comes between. Not a parser:
 * double negations and negations placed after the concept are not understood, so rules should not
 * depend on them.
 */
final class ConceptFinder {

  static final String CUES = "negation-cue";
  static final String BOUNDARIES = "clause-boundary";
  private static final int WINDOW = 5;

  private final Lexicon lexicon;

  ConceptFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the concept is mentioned at least once without being negated. */
  boolean affirmed(String concept, List<String> tokens) {
    for (List<String> phrase : lexicon.phrases(concept)) {
      for (int start = 0; start < tokens.size(); start++) {
        int end = matchAt(phrase, tokens, start);
        if (end > 0 && !negated(tokens, start)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Matches a phrase at {@code start}, allowing one filler word between its words; returns the
   * index after the match, or -1.
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

  private boolean negated(List<String> tokens, int start) {
    for (int cueStart = start - 1; cueStart >= Math.max(0, start - WINDOW); cueStart--) {
      String token = tokens.get(cueStart);
      if (token.equals(Text.BOUNDARY) || startsPhrase(BOUNDARIES, tokens, cueStart)) {
        return false;
      }
      if (startsPhrase(CUES, tokens, cueStart)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsPhrase(String concept, List<String> tokens, int at) {
    for (List<String> phrase : lexicon.phrases(concept)) {
      if (exactAt(phrase, tokens, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean exactAt(List<String> phrase, List<String> tokens, int at) {
    if (at + phrase.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!phrase.get(i).equals(tokens.get(at + i))) {
        return false;
      }
    }
    return true;
  }
}
