package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.List;
import org.openderm.system.NotComputableException;

/**
 * The scoring rule POEM and DLQI share: items are summed; one unanswered item counts 0; with two or
 * more unanswered the questionnaire is not scored.
 */
final class Questionnaire {

  private Questionnaire() {}

  /** The sum of the answers, or not computable with two or more {@code null} answers. */
  static int sum(String instrument, List<Integer> answers, int items, Range item) {
    if (answers.size() != items) {
      throw new IllegalArgumentException(instrument + " has " + items + " items");
    }
    int unanswered = unanswered(answers);
    if (unanswered >= 2) {
      throw new NotComputableException(
          instrument
              + " is not scored when two or more items are unanswered ("
              + unanswered
              + " of "
              + items
              + ")");
    }
    int sum = 0;
    for (Integer answer : answers) {
      if (answer != null) {
        if (!item.allows(BigDecimal.valueOf(answer))) {
          throw new IllegalArgumentException(instrument + " answer out of range: " + answer);
        }
        sum += answer;
      }
    }
    return sum;
  }

  /** How many answers are {@code null}. */
  static int unanswered(List<Integer> answers) {
    return (int) answers.stream().filter(answer -> answer == null).count();
  }
}
