package org.openderm.learning;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning module's facade: image quiz with spaced repetition, learner settings, progress and
 * its export. Clinical cases are in {@link CaseService}.
 *
 * <p>Every method takes the learner's username: the caller (controller) takes it from the
 * authenticated principal, never from the request. No patient data goes through here.
 */
@Service
public class LearningService {

  private static final int DUE_WINDOW = 50;

  private final LearningRepository repository;
  private final LearningProperties properties;
  private final ItemBank bank;
  private final LearningContent content;
  private final ItemSelector selector;
  private final Clock clock;

  @Autowired
  LearningService(LearningRepository repository, LearningProperties properties) {
    this(
        repository,
        properties,
        ItemBank.load(properties.dataDir()),
        LearningContent.load(),
        Clock.systemUTC());
  }

  LearningService(
      LearningRepository repository,
      LearningProperties properties,
      ItemBank bank,
      LearningContent content,
      Clock clock) {
    this.repository = repository;
    this.properties = properties;
    this.bank = bank;
    this.content = content;
    this.selector = new ItemSelector(bank);
    this.clock = clock;
  }

  /** How many images each source has in the bank (0 when its folder is missing). */
  public Map<ImageSource, Integer> bankSizes() {
    Map<ImageSource, Integer> sizes = new EnumMap<>(ImageSource.class);
    for (ImageSource s : ImageSource.values()) {
      sizes.put(s, bank.size(s));
    }
    return sizes;
  }

  /**
   * The learner's next image from {@code source}: a due one first; empty when the set is absent.
   */
  @Transactional(readOnly = true)
  public Optional<ImageQuestion> nextImage(String username, ImageSource source) {
    Instant now = clock.instant();
    List<String> due = repository.dueIds(username, ItemKind.IMAGE, now, DUE_WINDOW);
    List<AnswerRecord> answers = repository.answers(username);
    Map<LesionClass, int[]> accuracy = new EnumMap<>(LesionClass.class);
    for (AnswerRecord a : answers) {
      LesionClass truth = LesionClass.ofCode(a.expected());
      if (a.kind() == ItemKind.IMAGE && truth != null) {
        int[] c = accuracy.computeIfAbsent(truth, t -> new int[2]);
        c[0]++;
        c[1] += a.correct() ? 1 : 0;
      }
    }
    Set<String> seen = repository.seenIds(username, ItemKind.IMAGE);
    return selector
        .next(source, due, seen, accuracy, ThreadLocalRandom.current())
        .map(item -> new ImageQuestion(item, item.choices(), due.contains(item.id())));
  }

  /** The item with this id (DERM-0601 when there is none). */
  public QuizItem item(String itemId) {
    return bank.find(itemId)
        .orElseThrow(() -> new NotFoundException("DERM-0601", "No quiz image " + itemId));
  }

  /** The image file of an item, inside the configured data directory. */
  public Path imageFile(String itemId) {
    return bank.imagePath(item(itemId));
  }

  /** The guide to a class: key clues, look-alikes, references. */
  public ClassGuide guide(LesionClass lesionClass) {
    return content.guide(lesionClass);
  }

  /**
   * Records an answer to an image, reschedules the item and returns the feedback.
   *
   * @param answerCode the class code chosen, among the item's choices
   * @param selfRating the learner's own grade of a right answer, or null
   * @param responseMillis time to answer, or null
   */
  @Transactional
  public ImageFeedback answerImage(
      String username, String itemId, String answerCode, Rating selfRating, Long responseMillis) {
    QuizItem item = item(itemId);
    LesionClass answer = LesionClass.ofCode(answerCode);
    if (answer == null || !item.choices().contains(answer)) {
      throw new InvalidInputException("answer", "must be one of " + codes(item.choices()));
    }
    boolean correct = answer == item.truth();
    Rating rating = Grading.rating(correct, selfRating);
    Instant now = clock.instant();
    CardState next = reschedule(username, item.id(), ItemKind.IMAGE, rating, now);
    repository.saveAnswer(
        username,
        new AnswerRecord(
            now,
            ItemKind.IMAGE,
            item.id(),
            item.truth().code(),
            item.truth().code(),
            answer.code(),
            correct,
            rating,
            responseMillis));
    return new ImageFeedback(
        item,
        answer,
        correct,
        content.guide(item.truth()),
        correct ? null : content.guide(answer),
        next);
  }

  /** Applies one review to the learner's card of an item and stores it. */
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

  /** The learner's settings, or the configured defaults. */
  @Transactional(readOnly = true)
  public LearnerSettings settings(String username) {
    return repository
        .settings(username)
        .orElseGet(
            () ->
                new LearnerSettings(
                    properties.defaultRetention(), ZoneId.of(properties.timeZone())));
  }

  /** Changes the learner's desired retention (0.70..0.97) and time zone. */
  @Transactional
  public LearnerSettings updateSettings(String username, double desiredRetention, String zone) {
    if (!(desiredRetention >= Fsrs.MIN_RETENTION && desiredRetention <= Fsrs.MAX_RETENTION)) {
      throw new InvalidInputException(
          "desiredRetention",
          "must be between " + Fsrs.MIN_RETENTION + " and " + Fsrs.MAX_RETENTION);
    }
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (RuntimeException e) {
      throw new InvalidInputException("timeZone", "must be a time zone id such as Europe/Paris");
    }
    LearnerSettings settings = new LearnerSettings(desiredRetention, zoneId);
    repository.saveSettings(username, settings);
    return settings;
  }

  /** The learner's progress report, counted in the learner's time zone. */
  @Transactional(readOnly = true)
  public ProgressReport progress(String username) {
    ZoneId zone = settings(username).timeZone();
    Instant now = clock.instant();
    return Progress.of(
        repository.answers(username),
        repository.dueCount(username, now),
        now.atZone(zone).toLocalDate(),
        zone);
  }

  /** Writes the learner's whole answer history as CSV. */
  @Transactional(readOnly = true)
  public void exportCsv(String username, Appendable out) {
    ProgressCsv.write(repository.answers(username), out);
  }

  LearningContent content() {
    return content;
  }

  Clock clock() {
    return clock;
  }

  LearningRepository repository() {
    return repository;
  }

  private static List<String> codes(List<LesionClass> classes) {
    return classes.stream().map(LesionClass::code).toList();
  }
}
