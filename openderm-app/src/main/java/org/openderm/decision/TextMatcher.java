package org.openderm.decision;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Word-boundary matching of names in free text, blind to case, accents and punctuation, so that
 * "Méthotrexate 15 mg" matches the synonym "methotrexate" and "ROR" matches "ror".
 */
final class TextMatcher {

  private TextMatcher() {}

  /** Lower-case, accents removed, every run of non-alphanumerics turned into one space. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }

  /** Lower-case with accents removed, punctuation kept (for matching codes such as LA15173-0). */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Whether the normalised synonym occurs in the normalised text as whole words. */
  static boolean containsWords(String normalisedText, String normalisedSynonym) {
    if (normalisedSynonym.isEmpty()) {
      return false;
    }
    return (" " + normalisedText + " ").contains(" " + normalisedSynonym + " ");
  }
}
