package org.openderm.learning;

import java.util.Set;

/**
 * What a learner sees after answering one step of a case.
 *
 * @param caseId the case
 * @param stepIndex the step, from 0
 * @param step the step, with its right options and explanation
 * @param chosen the learner's options
 * @param correct whether the chosen set is exactly the right set
 * @param last whether this was the case's last step
 * @param next when this step comes back for review
 */
public record StepFeedback(
    String caseId,
    int stepIndex,
    ClinicalCase.Step step,
    Set<String> chosen,
    boolean correct,
    boolean last,
    CardState next) {}
