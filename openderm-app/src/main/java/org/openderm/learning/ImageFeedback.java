package org.openderm.learning;

/**
 * What a learner sees right after answering an image.
 *
 * @param item the item, with its truth and how the truth was confirmed
 * @param answer the learner's answer
 * @param correct whether it was right
 * @param truth the guide to the true class: key clues and look-alikes
 * @param answered the guide to the class the learner chose, when it was wrong (else null)
 * @param next when the item comes back
 * @param ai the lesion classifier's opinion on the same image, or null when none is installed or it
 *     abstained
 */
public record ImageFeedback(
    QuizItem item,
    LesionClass answer,
    boolean correct,
    ClassGuide truth,
    ClassGuide answered,
    CardState next,
    AiOpinion ai) {}
