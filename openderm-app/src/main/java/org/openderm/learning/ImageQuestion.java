package org.openderm.learning;

import java.util.List;

/**
 * An image put to a learner.
 *
 * @param item the item (its truth must not be shown before the answer)
 * @param choices the answers offered
 * @param review true when the item is due for review, false when it is new
 */
public record ImageQuestion(QuizItem item, List<LesionClass> choices, boolean review) {}
