package org.openderm.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs the decision rules on a patient context and returns the cards to show: the public facade of
 * the decision feature, used by the patient page and by the CDS Hooks services.
 *
 * <p>The rules are data ({@code rules/*.json}) over a small typed vocabulary; each card names its
 * source (label or guideline, with date). Cards support a decision, they do not make it: a rule
 * knows only what the record says, and a missing record is not a missing test. Do not use it as a
 * substitute for the product information or for an interaction checker: it covers the drugs and
 * situations listed in its rule files and nothing else.
 */
public final class DecisionService {

  private final Vocabulary vocabulary;
  private final RuleBook rules;
  private final Clock clock;

  public DecisionService(Vocabulary vocabulary, RuleBook rules, Clock clock) {
    this.vocabulary = vocabulary;
    this.rules = rules;
    this.clock = clock;
  }

  /** The service with the shipped vocabulary and rules, on the system clock (UTC). */
  public static DecisionService standard() {
    return new DecisionService(Vocabulary.load(), RuleBook.load(), Clock.systemUTC());
  }

  /** The vocabulary the rules are written against, for building patient contexts. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The ids of every rule. */
  public java.util.Set<String> ruleIds() {
    return rules.rules().stream().map(Rule::id).collect(java.util.stream.Collectors.toSet());
  }

  /** Today's date on this service's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The cards for this patient at this hook, most urgent first; an info card lists inputs that were
   * not understood, if any.
   */
  public List<Card> evaluate(PatientContext patient, Hook hook, Locale locale) {
    Condition.Evaluation e = new Condition.Evaluation(patient, today(), vocabulary);
    CardWriter writer = new CardWriter(locale);
    List<Card> cards = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (!rule.hooks().contains(hook)) {
        continue;
      }
      Match m = rule.when().test(e);
      if (m.matched()) {
        cards.add(writer.write(rule, m.facts()));
      }
    }
    cards.sort(Comparator.comparing(Card::indicator));
    if (!patient.unrecognised().isEmpty()) {
      cards.add(writer.unrecognised(patient.unrecognised()));
    }
    return List.copyOf(cards);
  }
}
