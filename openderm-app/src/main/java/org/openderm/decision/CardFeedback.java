package org.openderm.decision;

import java.time.Instant;

/**
 * What a clinician did with a card: accepted it, or dismissed it with a reason.
 *
 * @param ruleId the card's rule
 * @param cardUuid the card instance, when known
 * @param outcome {@code ACCEPTED} or {@code DISMISSED}
 * @param reason an override reason code (required to dismiss), see {@code OverrideReasons}
 * @param comment free text, required when the reason is {@code other}
 * @param recordedAt when (filled in when stored)
 * @param recordedBy who (filled in when stored)
 */
public record CardFeedback(
    String ruleId,
    String cardUuid,
    String outcome,
    String reason,
    String comment,
    Instant recordedAt,
    String recordedBy) {}
