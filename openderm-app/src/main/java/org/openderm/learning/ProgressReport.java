package org.openderm.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A learner's progress: overall and per-topic accuracy, accuracy per week, the learner's own
 * confusion matrix on images, items due and streak.
 *
 * @param answered all answers
 * @param correct right answers
 * @param byTopic accuracy per topic (lesion class code or case topic), most answered first
 * @param weekly accuracy per topic and ISO week (Monday), oldest first
 * @param confusion the image answers: rows the true class, columns the learner's answer
 * @param due items due now
 * @param streakDays consecutive days with at least one answer, up to today (or yesterday, while
 *     today has no answer yet)
 * @param answeredToday answers given today, in the learner's time zone
 * @param versusAi the learner and the lesion classifier on the same images
 */
public record ProgressReport(
    int answered,
    int correct,
    List<TopicAccuracy> byTopic,
    List<WeekAccuracy> weekly,
    ConfusionMatrix confusion,
    int due,
    int streakDays,
    int answeredToday,
    VersusAi versusAi) {

  /** The share of right answers, or 0 with no answer. */
  public double accuracy() {
    return answered == 0 ? 0 : (double) correct / answered;
  }

  /**
   * Accuracy on one topic.
   *
   * @param topic class code or case topic
   * @param kind images or case steps
   * @param answered answers on it
   * @param correct right ones
   */
  public record TopicAccuracy(String topic, ItemKind kind, int answered, int correct) {
    public double accuracy() {
      return answered == 0 ? 0 : (double) correct / answered;
    }
  }

  /**
   * Accuracy on one topic during one week.
   *
   * @param topic class code or case topic
   * @param weekStart the Monday of the week
   * @param answered answers that week
   * @param correct right ones
   */
  public record WeekAccuracy(String topic, LocalDate weekStart, int answered, int correct) {
    public double accuracy() {
      return answered == 0 ? 0 : (double) correct / answered;
    }
  }

  /**
   * The learner's and the classifier's accuracy on the images both answered.
   *
   * @param items images answered by both
   * @param learnerCorrect the learner's right answers among them
   * @param aiCorrect the classifier's right answers among them
   */
  public record VersusAi(int items, int learnerCorrect, int aiCorrect) {}

  /**
   * Counts of (true class, answered class) over the learner's image answers.
   *
   * @param classes row and column order
   * @param counts {@code counts[truth][answer]}
   */
  public record ConfusionMatrix(List<LesionClass> classes, int[][] counts) {

    /** How often an image of {@code truth} was answered {@code answer}. */
    public int count(LesionClass truth, LesionClass answer) {
      return counts[classes.indexOf(truth)][classes.indexOf(answer)];
    }
  }
}
