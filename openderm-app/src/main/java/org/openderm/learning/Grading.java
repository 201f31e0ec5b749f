package org.openderm.learning;

import java.util.Set;
import java.util.TreeSet;

/** Turns a quiz answer into an FSRS grade and the stored form of answers. Pure. */
final class Grading {

  private Grading() {}

  /**
   * A wrong answer is {@link Rating#AGAIN} whatever the learner felt; a right one is the learner's
   * own grade when given (Hard, Good or Easy), else {@link Rating#GOOD}.
   */
  static Rating rating(boolean correct, Rating selfRating) {
    if (!correct) {
      return Rating.AGAIN;
    }
    return selfRating == null || selfRating == Rating.AGAIN ? Rating.GOOD : selfRating;
  }

  /** A step is right when the chosen options are exactly the right ones. */
  static boolean stepCorrect(ClinicalCase.Step step, Set<String> chosen) {
    return chosen != null && chosen.equals(step.correct());
  }

  /** Option ids in a stable stored form: sorted, joined by {@code +}. */
  static String joined(Set<String> ids) {
    return String.join("+", new TreeSet<>(ids));
  }

  /** The FSRS card id of a case step. */
  static String stepItemId(String caseId, int stepIndex) {
    return "case/" + caseId + "/" + stepIndex;
  }

  /** The case id of a case step's card id, or null when it is not one. */
  static String caseIdOf(String stepItemId) {
    if (stepItemId == null || !stepItemId.startsWith("case/")) {
      return null;
    }
    int slash = stepItemId.lastIndexOf('/');
    return slash <= 5 ? null : stepItemId.substring(5, slash);
  }
}
