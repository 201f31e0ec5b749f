package org.openderm.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the learning services share: the item bank and the content (loaded once at start-up), the
 * repository, the clock, and the rescheduling of an item after an answer.
 */
@Component
class LearningCore {

  private final LearningRepository repository;
  private final LearningProperties properties;
  private final ItemBank bank;
  private final LearningContent content;
  private final Clock clock;

  @Autowired
  LearningCore(LearningRepository repository, LearningProperties properties) {
    this(
        repository,
        properties,
        ItemBank.load(properties.dataPath()),
        LearningContent.load(),
        Clock.systemUTC());
  }

  LearningCore(
      LearningRepository repository,
      LearningProperties properties,
      ItemBank bank,
      LearningContent content,
      Clock clock) {
    this.repository = repository;
    this.properties = properties;
    this.bank = bank;
    this.content = content;
    this.clock = clock;
  }

  LearningRepository repository() {
    return repository;
  }

  ItemBank bank() {
    return bank;
  }

  LearningContent content() {
    return content;
  }

  Instant now() {
    return clock.instant();
  }

  /** The learner's settings, or the configured defaults. */
  LearnerSettings settings(String username) {
    return repository
        .settings(username)
        .orElseGet(
            () ->
                new LearnerSettings(
                    properties.defaultRetention(), ZoneId.of(properties.timeZone())));
  }

  /** Applies one review to the learner's card of an item, with the learner's retention. */
  CardState reschedule(String username, String itemId, ItemKind kind, Rating rating, Instant now) {
    Fsrs fsrs =
        new Fsrs(
            FsrsParameters.defaults(),
            settings(username).desiredRetention(),
            properties.maxIntervalDays());
    CardState next =
        repository
            .card(username, itemId)
            .map(c -> fsrs.review(c, rating, now))
            .orElseGet(() -> fsrs.first(rating, now));
    repository.saveCard(username, itemId, kind, next);
    return next;
  }
}
