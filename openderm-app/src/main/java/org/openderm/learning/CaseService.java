package org.openderm.learning;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinical case player: the case list, a case, and the answer to one of its steps (each step is
 * its own FSRS card, so that a learner reviews the step missed, not the whole case).
 */
@Service
@PreAuthorize("hasAnyRole('LEARNER', 'CLINICIAN')")
public class CaseService {

  private final LearningCore core;

  CaseService(LearningCore core) {
    this.core = core;
  }

  /** Every case, with whether one of its steps is due for this learner. */
  @Transactional(readOnly = true)
  public List<CaseSummary> cases(String username) {
    Set<String> dueCases = new HashSet<>();
    Instant now = core.now();
    for (String id : core.repository().dueIds(username, ItemKind.CASE_STEP, now, 1000)) {
      dueCases.add(Grading.caseIdOf(id));
    }
    return core.content().cases().stream()
        .map(
            c ->
                new CaseSummary(
                    c.id(),
                    c.topic(),
                    c.tags(),
                    c.title(),
                    c.steps().size(),
                    dueCases.contains(c.id())))
        .toList();
  }

  /** The case with this id (DERM-0602 when there is none). */
  public ClinicalCase clinicalCase(String caseId) {
    return core.content()
        .findCase(caseId)
        .orElseThrow(() -> new NotFoundException("DERM-0602", "No clinical case " + caseId));
  }

  /** Records the answer to one step, reschedules that step and returns its explanation. */
  @Transactional
  public StepFeedback answerStep(
      String username, String caseId, int stepIndex, Set<String> chosen, Long responseMillis) {
    ClinicalCase c = clinicalCase(caseId);
    if (stepIndex < 0 || stepIndex >= c.steps().size()) {
      throw new InvalidInputException("step", "must be between 0 and " + (c.steps().size() - 1));
    }
    ClinicalCase.Step step = c.steps().get(stepIndex);
    Set<String> ids = new HashSet<>();
    step.options().forEach(o -> ids.add(o.id()));
    if (chosen == null || chosen.isEmpty() || !ids.containsAll(chosen)) {
      throw new InvalidInputException("options", "choose one or more of " + ids);
    }
    if (!step.multiple() && chosen.size() != 1) {
      throw new InvalidInputException("options", "this step takes exactly one option");
    }
    boolean correct = Grading.stepCorrect(step, chosen);
    Rating rating = Grading.rating(correct, null);
    Instant now = core.now();
    String itemId = Grading.stepItemId(caseId, stepIndex);
    CardState next = core.reschedule(username, itemId, ItemKind.CASE_STEP, rating, now);
    core.repository()
        .saveAnswer(
            username,
            new AnswerRecord(
                now,
                ItemKind.CASE_STEP,
                itemId,
                c.topic(),
                Grading.joined(step.correct()),
                Grading.joined(chosen),
                correct,
                rating,
                responseMillis,
                null));
    return new StepFeedback(
        caseId,
        stepIndex,
        step,
        Set.copyOf(chosen),
        correct,
        stepIndex == c.steps().size() - 1,
        next);
  }
}
