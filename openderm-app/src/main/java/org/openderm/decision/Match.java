package org.openderm.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of testing a condition: whether it holds, and the facts that show why.
 *
 * @param matched whether the condition holds
 * @param facts the patient data behind it (empty for a negation)
 */
record Match(boolean matched, List<Fact> facts) {

  static final Match NO = new Match(false, List.of());

  Match {
    facts = List.copyOf(facts);
  }

  static Match yes(List<Fact> facts) {
    return new Match(true, facts);
  }

  static Match yes(Fact fact) {
    return new Match(true, List.of(fact));
  }

  static Match when(boolean matched, List<Fact> facts) {
    return matched ? yes(facts) : NO;
  }

  /** Both facts lists together, for composite conditions. */
  static List<Fact> concat(List<Fact> a, List<Fact> b) {
    List<Fact> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
