package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GradingTest {

  @Test
  void wrongIsAgain_rightIsGoodUnlessTheLearnerGradesIt() {
    assertThat(Grading.rating(false, Rating.EASY)).isEqualTo(Rating.AGAIN);
    assertThat(Grading.rating(true, null)).isEqualTo(Rating.GOOD);
    assertThat(Grading.rating(true, Rating.AGAIN)).isEqualTo(Rating.GOOD);
    assertThat(Grading.rating(true, Rating.HARD)).isEqualTo(Rating.HARD);
    assertThat(Grading.rating(true, Rating.EASY)).isEqualTo(Rating.EASY);
  }

  @Test
  void stepIsRight_onlyWithExactlyTheRightSet() {
    ClinicalCase.Step step =
        new ClinicalCase.Step(
            StepKind.DIFFERENTIAL, null, true, java.util.List.of(), Set.of("a", "c"), null);
    assertThat(Grading.stepCorrect(step, Set.of("a", "c"))).isTrue();
    assertThat(Grading.stepCorrect(step, Set.of("a"))).isFalse();
    assertThat(Grading.stepCorrect(step, Set.of("a", "b", "c"))).isFalse();
    assertThat(Grading.joined(Set.of("c", "a"))).isEqualTo("a+c");
  }

  @Test
  void stepItemIds_roundTrip() {
    String id = Grading.stepItemId("dress-allopurinol", 2);
    assertThat(id).isEqualTo("case/dress-allopurinol/2");
    assertThat(Grading.caseIdOf(id)).isEqualTo("dress-allopurinol");
    assertThat(Grading.caseIdOf("isic-557/ISIC_0000001")).isNull();
  }
}
