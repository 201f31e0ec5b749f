package org.openderm.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One question of the evaluation set ({@code knowledge/eval/questions.tsv}).
 *
 * @param line the line number, for reports
 * @param language the question's language
 * @param question the question as a patient might type it (typos and lay words kept)
 * @param expected the article ids that answer it (any one will do); empty when the knowledge base
 *     has no answer and the assistant should say it does not know
 * @param urgency the urgency the red-flag rules should give
 * @param refused whether the assistant should decline
 */
record EvaluationQuestion(
    int line,
    Language language,
    String question,
    Set<String> expected,
    Urgency urgency,
    boolean refused) {

  /**
   * Parses the TSV file: {@code lang, question, expected ids (| separated or -), urgency, refused};
   * {@code #} lines are comments.
   */
  static List<EvaluationQuestion> parse(String file, String text) {
    List<EvaluationQuestion> questions = new ArrayList<>();
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
        Set<String> expected =
            cells[2].strip().equals("-")
                ? Set.of()
                : Arrays.stream(cells[2].split("\\|"))
                    .map(String::strip)
                    .collect(Collectors.toUnmodifiableSet());
        questions.add(
            new EvaluationQuestion(
                number,
                Language.of(cells[0]),
                cells[1].strip(),
                expected,
                Urgency.of(cells[3]),
                Boolean.parseBoolean(cells[4].strip())));
      } catch (IllegalArgumentException e) {
        throw new InvalidKnowledgeException(file, "line " + number + ": " + e.getMessage(), e);
      }
    }
    return questions;
  }
}
