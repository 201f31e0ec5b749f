package org.openderm.learning;

import java.util.Locale;

/**
 * A text of the teaching content in both languages of OpenDerm.
 *
 * @param fr the French text (the default language)
 * @param en the English text
 */
public record Text(String fr, String en) {

  /** The text in {@code locale}'s language: English for {@code en}, French otherwise. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
  }

  boolean complete() {
    return fr != null && !fr.isBlank() && en != null && !en.isBlank();
  }
}
