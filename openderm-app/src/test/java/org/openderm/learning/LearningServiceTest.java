package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openderm.security.Role;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** The learning services on the real database: answers, FSRS cards, progress, export, roles. */
@TestPropertySource(properties = "openderm.learning.data-dir=" + LearningTestData.DIR)
class LearningServiceTest extends IntegrationTest {

  static {
    LearningTestData.ensure();
  }

  @Autowired LearningService learning;
  @Autowired CaseService cases;

  private static <T> T asLearner(String username, Supplier<T> work) {
    return Fixtures.as(username, "ROLE_LEARNER", work);
  }

  @Test
  void answeringAnImage_storesTheAnswer_schedulesTheItem_andShowsInProgress() {
    String learner = fixtures.account(Role.LEARNER);
    ImageQuestion q =
        asLearner(learner, () -> learning.nextImage(learner, ImageSource.ISIC_557).orElseThrow());
    assertThat(q.review()).isFalse();
    assertThat(q.choices()).containsExactly(LesionClass.MEL, LesionClass.NV);
    LesionClass wrong = q.item().truth() == LesionClass.MEL ? LesionClass.NV : LesionClass.MEL;

    ImageFeedback fb =
        asLearner(
            learner, () -> learning.answerImage(learner, q.item().id(), wrong.code(), null, 2500L));

    assertThat(fb.correct()).isFalse();
    assertThat(fb.truth().lesionClass()).isEqualTo(q.item().truth());
    assertThat(fb.answered().lesionClass()).isEqualTo(wrong);
    assertThat(fb.ai()).isNull(); // no classifier installed: no made-up opinion
    // A first Again: S0 = w0 = 0.212 days, rounded up to the one-day floor.
    assertThat(fb.next().intervalDays()).isEqualTo(1);
    assertThat(fb.next().memory().stability()).isEqualTo(0.212);

    ProgressReport report = asLearner(learner, () -> learning.progress(learner));
    assertThat(report.answered()).isEqualTo(1);
    assertThat(report.correct()).isZero();
    assertThat(report.confusion().count(q.item().truth(), wrong)).isEqualTo(1);
    assertThat(report.streakDays()).isEqualTo(1);
    assertThat(report.due()).isZero(); // due tomorrow, not now

    StringBuilder csv = new StringBuilder();
    asLearner(
        learner,
        () -> {
          learning.exportCsv(learner, csv);
          return null;
        });
    assertThat(csv.toString().split("\r\n")).hasSize(2);
    assertThat(csv.toString()).contains(q.item().id() + "," + q.item().truth().code());
  }

  @Test
  void answeringAgain_reviewsTheSameCard() {
    String learner = fixtures.account(Role.LEARNER);
    String id = "isic-557/ISIC_T000000";
    asLearner(learner, () -> learning.answerImage(learner, id, "mel", null, null));
    ImageFeedback second =
        asLearner(learner, () -> learning.answerImage(learner, id, "mel", Rating.EASY, null));
    assertThat(second.next().reps()).isEqualTo(2);
    // Same day, Easy: S' = S e^(w17 (1 + w18)) S^-w19 = 2.3065 * 1.8073 * 0.9465 = 3.946
    assertThat(second.next().memory().stability())
        .isCloseTo(3.946, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void caseSteps_areScoredAsSets_andCountPerTopic() {
    String learner = fixtures.account(Role.LEARNER);
    ClinicalCase c = asLearner(learner, () -> cases.clinicalCase("ad-painful-erosions"));
    ClinicalCase.Step first = c.steps().get(0);
    StepFeedback right =
        asLearner(learner, () -> cases.answerStep(learner, c.id(), 0, first.correct(), null));
    assertThat(right.correct()).isTrue();
    assertThat(right.last()).isFalse();
    ClinicalCase.Step diff = c.steps().get(1);
    Set<String> partial = Set.of(diff.correct().iterator().next());
    StepFeedback wrong =
        asLearner(learner, () -> cases.answerStep(learner, c.id(), 1, partial, null));
    assertThat(wrong.correct()).isFalse();

    ProgressReport report = asLearner(learner, () -> learning.progress(learner));
    assertThat(report.byTopic())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.topic()).isEqualTo("atopic-dermatitis");
              assertThat(t.answered()).isEqualTo(2);
              assertThat(t.correct()).isEqualTo(1);
            });
    assertThatThrownBy(
            () -> asLearner(learner, () -> cases.answerStep(learner, c.id(), 0, Set.of("z"), null)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> asLearner(learner, () -> cases.clinicalCase("no-such-case")))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).code()).isEqualTo("DERM-0602"));
  }

  @Test
  void settings_validateRetention_andChangeScheduling() {
    String learner = fixtures.account(Role.LEARNER);
    assertThat(asLearner(learner, () -> learning.settings(learner)).desiredRetention())
        .isEqualTo(0.9);
    assertThatThrownBy(
            () -> asLearner(learner, () -> learning.updateSettings(learner, 0.5, "Europe/Paris")))
        .isInstanceOf(InvalidInputException.class);
    asLearner(learner, () -> learning.updateSettings(learner, 0.8, "America/Guadeloupe"));
    // First Good at r = 0.8: I = 2.3065 / 0.98035 * (0.8^(-1/0.1542) - 1) = 7.65 -> 8 days.
    ImageFeedback fb =
        asLearner(
            learner,
            () -> learning.answerImage(learner, "isic-557/ISIC_T000000", "mel", null, null));
    assertThat(fb.next().intervalDays()).isEqualTo(8);
  }

  @Test
  void onlyLearnersAndClinicians_mayUseIt() {
    assertThatThrownBy(
            () -> Fixtures.as("someone", "ROLE_PATIENT", () -> learning.progress("someone")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> Fixtures.as("root", "ROLE_ADMIN", () -> cases.cases("root")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(Fixtures.as("doc", "ROLE_CLINICIAN", () -> cases.cases("doc")))
        .hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void unknownImage_isNotFound() {
    assertThatThrownBy(
            () ->
                asLearner(
                    "x",
                    () ->
                        learning.answerImage("x", "isic-557/../../etc/passwd", "mel", null, null)))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).code()).isEqualTo("DERM-0601"));
  }
}
