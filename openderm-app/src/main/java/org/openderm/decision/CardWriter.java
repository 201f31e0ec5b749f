package org.openderm.decision;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Writes a fired rule as a card in the reader's language: the rule's own text, then the patient
 * data that made it fire ("Why: ..."), so the clinician can check the reason at a glance.
 */
final class CardWriter {

  private static final String BUNDLE = "i18n/decision";

  private final ResourceBundle messages;
  private final Locale locale;

  CardWriter(Locale locale) {
    this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    this.messages =
        ResourceBundle.getBundle(
            BUNDLE,
            this.locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The card for a rule that fired with these facts. */
  Card write(Rule rule, List<Fact> facts) {
    Rule.Text text = rule.text(locale.getLanguage());
    StringBuilder detail = new StringBuilder(text.detail());
    if (!facts.isEmpty()) {
      detail.append("\n\n**").append(message("decision.card.why")).append("** ");
      detail.append(String.join("; ", facts.stream().map(this::fact).distinct().toList()));
      detail.append('.');
    }
    Card.Source s = rule.source();
    String label = s.label() + " (" + s.date() + ")";
    return new Card(
        UUID.randomUUID().toString(),
        rule.id(),
        rule.indicator(),
        text.summary(),
        detail.toString(),
        new Card.Source(label, s.url(), s.date()));
  }

  /** The card listing inputs that were ignored because they were not understood. */
  Card unrecognised(List<String> items) {
    String detail =
        message("decision.unrecognised.detail")
            + "\n\n- "
            + String.join("\n- ", items.stream().distinct().toList());
    return new Card(
        UUID.randomUUID().toString(),
        "unrecognised-input",
        Indicator.INFO,
        message("decision.unrecognised.summary"),
        detail,
        new Card.Source(message("decision.unrecognised.source"), null, null));
  }

  private String fact(Fact f) {
    Object[] args =
        f.args().stream()
            .map(a -> a instanceof Term t ? message("decision." + t.key()) : a)
            .toArray();
    return new MessageFormat(message("decision.fact." + f.key()), locale).format(args);
  }

  private String message(String key) {
    return messages.getString(key);
  }
}
