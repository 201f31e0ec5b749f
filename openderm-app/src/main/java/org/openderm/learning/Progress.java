package org.openderm.learning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes a {@link ProgressReport} from a learner's answer history. Pure: no I/O, no clock. */
final class Progress {

  private Progress() {}

  static ProgressReport of(List<AnswerRecord> answers, int due, LocalDate today, ZoneId zone) {
    int correct = (int) answers.stream().filter(AnswerRecord::correct).count();
    return new ProgressReport(
        answers.size(),
        correct,
        byTopic(answers),
        weekly(answers, zone),
        confusion(answers),
        due,
        streak(answers, today, zone),
        (int)
            answers.stream()
                .filter(a -> a.answeredAt().atZone(zone).toLocalDate().equals(today))
                .count(),
        versusAi(answers));
  }

  static ProgressReport.VersusAi versusAi(List<AnswerRecord> answers) {
    int items = 0;
    int learner = 0;
    int ai = 0;
    for (AnswerRecord a : answers) {
      if (a.kind() == ItemKind.IMAGE && a.aiAnswer() != null) {
        items++;
        learner += a.correct() ? 1 : 0;
        ai += a.aiAnswer().equals(a.expected()) ? 1 : 0;
      }
    }
    return new ProgressReport.VersusAi(items, learner, ai);
  }

  static List<ProgressReport.TopicAccuracy> byTopic(List<AnswerRecord> answers) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, ItemKind> kinds = new LinkedHashMap<>();
    for (AnswerRecord a : answers) {
      int[] c = counts.computeIfAbsent(a.topic(), t -> new int[2]);
      c[0]++;
      c[1] += a.correct() ? 1 : 0;
      kinds.putIfAbsent(a.topic(), a.kind());
    }
    List<ProgressReport.TopicAccuracy> list = new ArrayList<>();
    counts.forEach(
        (t, c) -> list.add(new ProgressReport.TopicAccuracy(t, kinds.get(t), c[0], c[1])));
    list.sort(
        Comparator.comparingInt(ProgressReport.TopicAccuracy::answered)
            .reversed()
            .thenComparing(ProgressReport.TopicAccuracy::topic));
    return list;
  }

  static List<ProgressReport.WeekAccuracy> weekly(List<AnswerRecord> answers, ZoneId zone) {
    Map<LocalDate, Map<String, int[]>> weeks = new TreeMap<>();
    for (AnswerRecord a : answers) {
      LocalDate monday =
          a.answeredAt()
              .atZone(zone)
              .toLocalDate()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      int[] c =
          weeks
              .computeIfAbsent(monday, w -> new TreeMap<>())
              .computeIfAbsent(a.topic(), t -> new int[2]);
      c[0]++;
      c[1] += a.correct() ? 1 : 0;
    }
    List<ProgressReport.WeekAccuracy> list = new ArrayList<>();
    weeks.forEach(
        (week, topics) ->
            topics.forEach(
                (t, c) -> list.add(new ProgressReport.WeekAccuracy(t, week, c[0], c[1]))));
    return list;
  }

  static ProgressReport.ConfusionMatrix confusion(List<AnswerRecord> answers) {
    List<LesionClass> classes = List.of(LesionClass.values());
    int[][] counts = new int[classes.size()][classes.size()];
    for (AnswerRecord a : answers) {
      LesionClass truth = LesionClass.ofCode(a.expected());
      LesionClass given = LesionClass.ofCode(a.given());
      if (a.kind() == ItemKind.IMAGE && truth != null && given != null) {
        counts[truth.ordinal()][given.ordinal()]++;
      }
    }
    return new ProgressReport.ConfusionMatrix(classes, counts);
  }

  /** Consecutive days with an answer, ending today, or yesterday while today has none yet. */
  static int streak(List<AnswerRecord> answers, LocalDate today, ZoneId zone) {
    Set<LocalDate> days = new HashSet<>();
    answers.forEach(a -> days.add(a.answeredAt().atZone(zone).toLocalDate()));
    LocalDate day = days.contains(today) ? today : today.minusDays(1);
    int streak = 0;
    while (days.contains(day)) {
      streak++;
      day = day.minusDays(1);
    }
    return streak;
  }
}
