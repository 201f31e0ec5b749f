package org.openderm.assistant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding and tokenising of free text for the safety rules and the lay-vocabulary expansion.
 *
 * <p>Patients type without accents and with typos, so matching is done on lower-case, accent-free
 * tokens; clause punctuation is kept as a {@link #BOUNDARY} token because a negation ("pas de
 * fièvre") reaches no further than its clause.
 */
final class Text {

  /** The token that stands for a clause boundary (. , ; : ! ? and line breaks). */
  static final String BOUNDARY = "|";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern CLAUSE = Pattern.compile("[.,;:!?()\\n]+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9|]+");

  private Text() {}

  /** Lower case, accents removed, ligatures and typographic apostrophes normalised. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace("œ", "oe").replace("æ", "ae");
  }

  /** Folded word tokens with {@link #BOUNDARY} between clauses. */
  static List<String> tokens(String text) {
    String marked = CLAUSE.matcher(fold(text)).replaceAll(" | ");
    List<String> out = new ArrayList<>();
    for (String token : NON_WORD.matcher(marked).replaceAll(" ").strip().split(" +")) {
      if (token.isEmpty() || token.equals(BOUNDARY) && (out.isEmpty() || isBoundary(out))) {
        continue;
      }
      out.add(token);
    }
    return out;
  }

  private static boolean isBoundary(List<String> out) {
    return out.get(out.size() - 1).equals(BOUNDARY);
  }

  /**
   * Whether a typed token stands for a rule word: equal, a prefix match when the rule word ends in
   * {@code *}, or one typo away (Damerau) for rule words of six letters or more (prefixes of
   * seven).
   */
  static boolean wordMatches(String rule, String token) {
    if (rule.endsWith("*")) {
      String stem = rule.substring(0, rule.length() - 1);
      return token.startsWith(stem)
          || stem.length() >= 7
              && token.length() >= stem.length()
              && distance(stem, token.substring(0, stem.length())) <= 1;
    }
    if (rule.equals(token)) {
      return true;
    }
    return rule.length() >= 6
        && Math.abs(rule.length() - token.length()) <= 1
        && distance(rule, token) <= 1;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
