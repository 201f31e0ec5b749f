package org.openderm.decision;

import java.util.List;
import java.util.Set;
import org.openderm.decision.PatientContext.Pregnancy;
import org.openderm.decision.PatientContext.Smoking;

/** Conditions on who the patient is: age, pregnancy, smoking, diagnoses, scores. */
final class PatientConditions {

  private PatientConditions() {}

  /** The patient is at least this old. */
  record AgeAtLeast(int years) implements Condition {
    @Override
    public Match test(Evaluation e) {
      Integer age = e.patient().ageYears();
      return age != null && age >= years ? Match.yes(Fact.of("age", age)) : Match.NO;
    }
  }

  /** The patient is younger than this (in completed years); unknown age does not hold. */
  record AgeBelow(int years) implements Condition {
    @Override
    public Match test(Evaluation e) {
      Integer age = e.patient().ageYears();
      return age != null && age < years ? Match.yes(Fact.of("age", age)) : Match.NO;
    }
  }

  /** The patient can (or cannot) become pregnant, as far as is known. */
  record PregnancyPossible(boolean possible) implements Condition {
    @Override
    public Match test(Evaluation e) {
      Boolean known = e.patient().pregnancyPossible();
      if (known == null || known != possible) {
        return Match.NO;
      }
      return Match.yes(possible ? List.of(Fact.of("pregnancy.possible")) : List.of());
    }
  }

  /** The patient is recorded as pregnant. */
  record Pregnant() implements Condition {
    @Override
    public Match test(Evaluation e) {
      return e.patient().pregnancy() == Pregnancy.PREGNANT
          ? Match.yes(Fact.of("pregnancy.pregnant"))
          : Match.NO;
    }
  }

  /** The patient's smoking status is one of these. */
  record SmokingIn(Set<Smoking> statuses) implements Condition {
    @Override
    public Match test(Evaluation e) {
      Smoking s = e.patient().smoking();
      return statuses.contains(s) ? Match.yes(Fact.of("smoking." + s.name())) : Match.NO;
    }
  }

  /** The patient has (or had) a condition of one of these concepts. */
  record HasCondition(Set<String> concepts) implements Condition {
    @Override
    public Match test(Evaluation e) {
      List<Fact> facts =
          e.patient().diagnoses().stream()
              .filter(d -> d.concept() != null && concepts.contains(d.concept()))
              .map(d -> Fact.of(d.active() ? "condition.active" : "condition.past", d.text()))
              .toList();
      return Match.when(!facts.isEmpty(), facts);
    }
  }

  /** The latest value of a score lies in a range: at least {@code min}, below {@code below}. */
  record ScoreIn(String score, Double min, Double below) implements Condition {
    @Override
    public Match test(Evaluation e) {
      Double value = e.patient().scores().get(score);
      if (value == null || (min != null && value < min) || (below != null && value >= below)) {
        return Match.NO;
      }
      return Match.yes(Fact.of("score", score, value));
    }
  }
}
