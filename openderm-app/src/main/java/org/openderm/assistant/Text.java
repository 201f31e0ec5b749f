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
  private static final Pattern DECIMAL = Pattern.compile("(\\d)[.,](\\d)");

  /**
   * French and English inflection endings, longest first, stripped repeatedly by {@link #stem}:
   * plurals, feminine forms, the common verb endings ("effacent", "disparaissent", "blistering"),
   * "-ness" and "-ly". Deliberately crude: both the rule word and the typed word go through it, so
   * only consistency matters, and safety phrases are several words long.
   */
  private static final List<String> ENDINGS =
      List.of(
          "issements",
          "aissaient",
          "issaient",
          "issement",
          "issantes",
          "aissent",
          "aissant",
          "aissait",
          "eraient",
          "issante",
          "issants",
          "issions",
          "issent",
          "issons",
          "issant",
          "issait",
          "issais",
          "issiez",
          "ements",
          "ations",
          "aient",
          "erent",
          "erons",
          "eront",
          "eriez",
          "erais",
          "erait",
          "ement",
          "ation",
          "euses",
          "antes",
          "ingly",
          "aitre",
          "euse",
          "ante",
          "ants",
          "ings",
          "ness",
          "eux",
          "ees",
          "ent",
          "ons",
          "ait",
          "ais",
          "ant",
          "ing",
          "ied",
          "ies",
          "ee",
          "es",
          "ez",
          "er",
          "ir",
          "re",
          "ed",
          "ly",
          "e",
          "s",
          "x");

  private static final int MIN_STEM = 4;

  private Text() {}

  /** Lower case, accents removed, ligatures and typographic apostrophes normalised. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace("œ", "oe").replace("æ", "ae");
  }

  /** Folded word tokens with {@link #BOUNDARY} between clauses. */
  static List<String> tokens(String text) {
    String marked =
        CLAUSE.matcher(DECIMAL.matcher(fold(text)).replaceAll("$1 $2")).replaceAll(" | ");
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

  /**
   * The word without its inflection endings (see {@link #ENDINGS}); words shorter than five letters
   * are kept as they are, and a final "y" counts as "i" ("appuyer" / "appuie").
   */
  static String stem(String word) {
    if (word.length() < MIN_STEM + 1) {
      return word;
    }
    String stem = word;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String ending : ENDINGS) {
        if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_STEM) {
          stem = stem.substring(0, stem.length() - ending.length());
          stripped = true;
          break;
        }
      }
    }
    return stem.endsWith("y") ? stem.substring(0, stem.length() - 1) + "i" : stem;
  }

  /**
   * Whether a typed token stands for a safety-rule word, tolerating inflection and typos: equal, a
   * prefix match for a rule word ending in {@code *}, the same {@link #stem}, or a few typing
   * errors on a long word (one edit from six letters, two from ten), the first letter kept:
   * patients rarely mistype the first letter, and requiring it keeps "courir" away from "mourir".
   *
   * @param rule the rule word (folded)
   * @param ruleStem its precomputed stem
   * @param token the typed token (folded)
   * @param tokenStem its precomputed stem
   */
  static boolean sameWord(String rule, String ruleStem, String token, String tokenStem) {
    if (rule.endsWith("*")) {
      return wordMatches(rule, token);
    }
    if (rule.endsWith("=")) {
      return rule.regionMatches(0, token, 0, rule.length() - 1)
          && token.length() == rule.length() - 1;
    }
    if (rule.equals(token) || ruleStem.equals(tokenStem) && ruleStem.length() >= MIN_STEM) {
      return true;
    }
    if (rule.length() < 6 || token.isEmpty() || rule.charAt(0) != token.charAt(0)) {
      return false;
    }
    int allowed = rule.length() >= 10 ? 2 : 1;
    return Math.abs(rule.length() - token.length()) <= allowed && distance(rule, token) <= allowed
        || ruleStem.length() >= 6
            && Math.abs(ruleStem.length() - tokenStem.length()) <= 1
            && distance(ruleStem, tokenStem) <= 1;
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
