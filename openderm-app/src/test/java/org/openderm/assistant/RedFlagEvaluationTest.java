package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The red-flag evaluation set (knowledge/eval/redflags.tsv) keeps the targets, through the
 * whole assistant as the API answers: every urgent and emergency paraphrase reaches at least its
 * level, and at most 2% of the controls raise an urgent or emergency alert.
 */
class RedFlagEvaluationTest {

  private static final ClasspathContent CONTENT =
      new ClasspathContent(RedFlagEvaluationTest.class.getClassLoader());
  private static List<RedFlagQuestion> questions;
  private static RedFlagEvaluation.Report report;

  @BeforeAll
  static void run() {
    questions =
        RedFlagQuestion.parse(RedFlagEvaluation.FILE, CONTENT.require(RedFlagEvaluation.FILE));
    report = new RedFlagEvaluation(AssistantService.fromClasspath()).run(questions);
    RedFlagEvaluation.print(report, true);
  }

  @Test
  void setIsLargeEnough_tenParaphrasesPerLanguageForEveryRedFlag() {
    assertThat(questions).hasSizeGreaterThanOrEqualTo(500);
    assertThat(questions.stream().filter(q -> q.kind() == RedFlagQuestion.Kind.CONTROL))
        .hasSizeGreaterThanOrEqualTo(150);
    SafetyRules rules = SafetyRules.load(CONTENT);
    for (SafetyRule rule : rules.allRedFlags()) {
      for (Language language : Language.values()) {
        assertThat(
                questions.stream()
                    .filter(q -> q.flag().equals(rule.id()) && q.language() == language)
                    .filter(q -> q.urgency() == rule.urgency()))
            .as(rule.id() + " in " + language)
            .hasSizeGreaterThanOrEqualTo(10);
      }
    }
  }

  @Test
  void everyUrgentAndEmergencyParaphrase_reachesItsLevel() {
    assertThat(report.urgentRecall()).as(String.join("\n", report.failures())).isEqualTo(1.0);
  }

  @Test
  void atMostTwoPercentOfControls_raiseAnUrgentAlert() {
    assertThat(report.overAlarmRate())
        .as(String.join("\n", report.failures()))
        .isLessThanOrEqualTo(0.02);
  }
}
