package org.openderm.learning;

import java.nio.file.Path;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning module's facade: image quiz with spaced repetition, learner settings, progress and
 * its export. Clinical cases are in {@link CaseService}.
 *
 * <p>Every method takes the learner's username: the caller takes it from the authenticated
 * principal, never from the request. No patient data goes through here, so no audit row is written:
 * the items are licensed teaching images.
 */
@Service
@PreAuthorize("hasAnyRole('LEARNER', 'CLINICIAN')")
public class LearningService {

  private static final int DUE_WINDOW = 50;

  private final LearningCore core;
  private final ObjectProvider<LesionClassifier> classifier;

  LearningService(LearningCore core, ObjectProvider<LesionClassifier> classifier) {
    this.core = core;
    this.classifier = classifier;
  }

  /** How many images each source has in the bank (0 when its folder is missing). */
  public Map<ImageSource, Integer> bankSizes() {
    Map<ImageSource, Integer> sizes = new EnumMap<>(ImageSource.class);
    for (ImageSource s : ImageSource.values()) {
      sizes.put(s, core.bank().size(s));
    }
    return sizes;
  }

  /** Whether a lesion classifier is installed for the "you vs the AI" comparison. */
  public boolean aiAvailable() {
    return classifier.getIfAvailable() != null;
  }

  /**
   * The learner's next image from {@code source}: a due one first; empty when the set is absent.
   */
  @Transactional(readOnly = true)
  public Optional<ImageQuestion> nextImage(String username, ImageSource source) {
    LearningRepository repository = core.repository();
    List<String> due = repository.dueIds(username, ItemKind.IMAGE, core.now(), DUE_WINDOW);
    Map<LesionClass, int[]> accuracy = new EnumMap<>(LesionClass.class);
    for (AnswerRecord a : repository.answers(username)) {
      LesionClass truth = LesionClass.ofCode(a.expected());
      if (a.kind() == ItemKind.IMAGE && truth != null) {
        int[] c = accuracy.computeIfAbsent(truth, t -> new int[2]);
        c[0]++;
        c[1] += a.correct() ? 1 : 0;
      }
    }
    Set<String> seen = repository.seenIds(username, ItemKind.IMAGE);
    return new ItemSelector(core.bank())
        .next(source, due, seen, accuracy, ThreadLocalRandom.current())
        .map(item -> new ImageQuestion(item, item.choices(), due.contains(item.id())));
  }

  /** The item with this id (DERM-0601 when there is none). */
  public QuizItem item(String itemId) {
    return core.bank()
        .find(itemId)
        .orElseThrow(() -> new NotFoundException("DERM-0601", "No quiz image " + itemId));
  }

  /** The image file of an item, inside the configured data directory. */
  public Path imageFile(String itemId) {
    return core.bank().imagePath(item(itemId));
  }

  /** The guide to a class: key clues, look-alikes, references. */
  public ClassGuide guide(LesionClass lesionClass) {
    return core.content().guide(lesionClass);
  }

  /**
   * Records an answer to an image, reschedules the item and returns the feedback, with the lesion
   * classifier's opinion on the same image when one is installed.
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
    Instant now = core.now();
    CardState next = core.reschedule(username, item.id(), ItemKind.IMAGE, rating, now);
    AiOpinion ai = opinion(item);
    String aiAnswer = ai == null ? null : ai.topAmong(item.choices()).code();
    String truth = item.truth().code();
    core.repository()
        .saveAnswer(
            username,
            new AnswerRecord(
                now,
                ItemKind.IMAGE,
                item.id(),
                truth,
                truth,
                answer.code(),
                correct,
                rating,
                responseMillis,
                aiAnswer));
    return new ImageFeedback(
        item,
        answer,
        correct,
        core.content().guide(item.truth()),
        correct ? null : core.content().guide(answer),
        next,
        ai);
  }

  private AiOpinion opinion(QuizItem item) {
    LesionClassifier c = classifier.getIfAvailable();
    return c == null ? null : c.classify(core.bank().imagePath(item)).orElse(null);
  }

  /** The learner's settings, or the configured defaults. */
  @Transactional(readOnly = true)
  public LearnerSettings settings(String username) {
    return core.settings(username);
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
    core.repository().saveSettings(username, settings);
    return settings;
  }

  /** The learner's progress report, counted in the learner's time zone. */
  @Transactional(readOnly = true)
  public ProgressReport progress(String username) {
    ZoneId zone = core.settings(username).timeZone();
    Instant now = core.now();
    return Progress.of(
        core.repository().answers(username),
        core.repository().dueCount(username, now),
        now.atZone(zone).toLocalDate(),
        zone);
  }

  /** Writes the learner's whole answer history as CSV. */
  @Transactional(readOnly = true)
  public void exportCsv(String username, Appendable out) {
    ProgressCsv.write(core.repository().answers(username), out);
  }

  private static List<String> codes(List<LesionClass> classes) {
    return classes.stream().map(LesionClass::code).toList();
  }
}
