package org.openderm.learning;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer of a learner, as kept in the progress history (no patient data: items are licensed
 * teaching images and fictional cases).
 *
 * @param answeredAt when
 * @param kind image or case step
 * @param itemId the item ({@code isic-557/ISIC_0000002}, {@code case/<case id>/<step index>})
 * @param topic the true class code for an image, the case's topic for a case step
 * @param expected the right answer (a class code, or option ids joined by {@code +})
 * @param given the learner's answer, in the same form
 * @param correct whether it was right
 * @param rating the FSRS grade the answer gave the item
 * @param responseMillis time to answer, or null when not measured
 * @param aiAnswer the lesion classifier's answer on the same image (a class code), or null when no
 *     classifier gave one
 */
public record AnswerRecord(
    Instant answeredAt,
    ItemKind kind,
    String itemId,
    String topic,
    String expected,
    String given,
    boolean correct,
    Rating rating,
    Long responseMillis,
    String aiAnswer) {

  public AnswerRecord {
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(rating, "rating");
  }
}
