package org.openderm.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One question of the red-flag evaluation set ({@code knowledge/eval/redflags.tsv}).
 *
 * @param line the line number, for reports
 * @param language the question's language
 * @param flag the red flag it describes; {@code -} for a control
 * @param urgency the least urgency the answer must reach; {@link Urgency#NONE} for a control
 * @param kind what the question tests
 * @param question the words, as a patient or a parent types them
 */
record RedFlagQuestion(
    int line, Language language, String flag, Urgency urgency, Kind kind, String question) {

  /** What a question tests. */
  enum Kind {
    /** A way of describing the red flag: must reach at least its urgency. */
    PARAPHRASE,
    /** A question near a red flag with the danger negated or absent: must not raise urgent. */
    DISTRACTOR,
    /** An ordinary question: must not raise urgent. */
    CONTROL;

    boolean control() {
      return this != PARAPHRASE;
    }
  }

  /**
   * Parses the TSV file: {@code lang, flag (or -), urgency, kind, question}; {@code #} lines are
   * comments.
   */
  static List<RedFlagQuestion> parse(String file, String text) {
    List<RedFlagQuestion> questions = new ArrayList<>();
    int number = 0;
    for (String line : text.lines().toList()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 5) {
        throw new InvalidKnowledgeException(
            file, "line " + number + ": needs 5 tab-separated cells");
      }
      try {
        Kind kind = Kind.valueOf(cells[3].strip().toUpperCase(Locale.ROOT));
        Urgency urgency = Urgency.of(cells[2]);
        if (kind.control() != (urgency == Urgency.NONE)) {
          throw new IllegalArgumentException("a control has urgency none, a paraphrase more");
        }
        questions.add(
            new RedFlagQuestion(
                number, Language.of(cells[0]), cells[1].strip(), urgency, kind, cells[4].strip()));
      } catch (IllegalArgumentException e) {
        throw new InvalidKnowledgeException(file, "line " + number + ": " + e.getMessage(), e);
      }
    }
    return questions;
  }
}
