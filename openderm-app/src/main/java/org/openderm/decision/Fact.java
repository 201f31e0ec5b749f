package org.openderm.decision;

import java.util.List;

/**
 * One piece of this patient's data that made a rule fire, kept as a message key and its arguments
 * so that the card can say it in the reader's language.
 *
 * @param key the message key under {@code decision.fact.} in {@code i18n/decision*.properties}
 * @param args the message arguments
 */
record Fact(String key, List<Object> args) {

  Fact {
    args = List.copyOf(args);
  }

  static Fact of(String key, Object... args) {
    return new Fact(key, List.of(args));
  }
}
