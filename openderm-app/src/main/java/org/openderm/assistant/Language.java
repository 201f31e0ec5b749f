package org.openderm.assistant;

import java.util.Locale;

/** A language the assistant answers in: every article and rule exists in both. */
public enum Language {
  FR,
  EN;

  /** The ISO 639-1 code used in file names and in the API ({@code fr}, {@code en}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The locale for messages in this language. */
  public Locale locale() {
    return this == FR ? Locale.FRENCH : Locale.ENGLISH;
  }

  /**
   * Parses an API or file code.
   *
   * @throws IllegalArgumentException when the code is neither {@code fr} nor {@code en}
   */
  public static Language of(String code) {
    if (code != null) {
      for (Language language : values()) {
        if (language.code().equalsIgnoreCase(code.strip())) {
          return language;
        }
      }
    }
    throw new IllegalArgumentException("language must be fr or en");
  }
}
