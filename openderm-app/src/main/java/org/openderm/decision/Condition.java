package org.openderm.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One test a rule makes on the patient context; rules combine them with {@code allOf}, {@code
 * anyOf} and {@code not}. Parsed from the rule files by {@link ConditionParser}.
 */
interface Condition {

  /** Tests the condition and says which facts made it hold. */
  Match test(Evaluation e);

  /**
   * What a condition is tested against.
   *
   * @param patient the patient context
   * @param today the date the rules are evaluated on (for ages of results and due dates)
   * @param vocabulary the vocabulary, to look up drug classes
   */
  record Evaluation(PatientContext patient, LocalDate today, Vocabulary vocabulary) {}

  /** Every condition holds; the facts of all of them are kept. */
  record AllOf(List<Condition> all) implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      for (Condition c : all) {
        Match m = c.test(e);
        if (!m.matched()) {
          return Match.NO;
        }
        facts.addAll(m.facts());
      }
      return Match.yes(facts);
    }
  }

  /** At least one condition holds; the facts of every one that holds are kept. */
  record AnyOf(List<Condition> any) implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts = new ArrayList<>();
      boolean matched = false;
      for (Condition c : any) {
        Match m = c.test(e);
        if (m.matched()) {
          matched = true;
          facts.addAll(m.facts());
        }
      }
      return Match.when(matched, facts);
    }
  }

  /** The condition does not hold (an absence has no facts to show). */
  record Not(Condition negated) implements Condition {
    @Override
    public Match test(Evaluation e) {
      return negated.test(e).matched() ? Match.NO : Match.yes(List.of());
    }
  }
}
