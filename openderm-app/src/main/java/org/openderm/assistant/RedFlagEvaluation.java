package org.openderm.assistant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the red-flag evaluation set through the whole assistant (as the API answers) and measures,
 * for every red flag, the share of its paraphrases that reach at least its urgency, and on the
 * controls the share that raise an urgent or emergency alert (over-alarm).
 */
final class RedFlagEvaluation {

  static final String FILE = "knowledge/eval/redflags.tsv";

  /**
   * The figures for one red flag.
   *
   * @param flag the rule id
   * @param urgency its urgency in the set
   * @param questions paraphrases, French and English
   * @param reached paraphrases whose answer reached at least that urgency
   * @param fired paraphrases where this very rule (or one that supersedes it) fired
   */
  record FlagResult(String flag, Urgency urgency, int questions, int reached, int fired) {

    double recall() {
      return questions == 0 ? 1.0 : (double) reached / questions;
    }
  }

  /**
   * The whole report.
   *
   * @param perLanguage questions per language (paraphrases + controls + distractors)
   * @param flags one line per red flag
   * @param controls controls and distractors
   * @param overAlarm controls answered urgent or emergency
   * @param anyAlert controls answered with any red flag (soon included)
   * @param urgentRecall share of urgent and emergency paraphrases reaching their level
   * @param failures the questions that missed, for review
   */
  record Report(
      Map<Language, Integer> perLanguage,
      List<FlagResult> flags,
      int controls,
      int overAlarm,
      int anyAlert,
      double urgentRecall,
      List<String> failures) {

    double overAlarmRate() {
      return controls == 0 ? 0 : (double) overAlarm / controls;
    }

    int questions() {
      return perLanguage.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final AssistantService assistant;

  RedFlagEvaluation(AssistantService assistant) {
    this.assistant = assistant;
  }

  Report run(List<RedFlagQuestion> questions) {
    Map<Language, Integer> perLanguage = new EnumMap<>(Language.class);
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Urgency> levels = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int controls = 0;
    int overAlarm = 0;
    int anyAlert = 0;
    int urgentQuestions = 0;
    int urgentReached = 0;
    for (RedFlagQuestion q : questions) {
      perLanguage.merge(q.language(), 1, Integer::sum);
      AssistantAnswer answer = assistant.ask(q.question(), q.language());
      List<String> fired = answer.redFlags().stream().map(AssistantAnswer.RedFlag::id).toList();
      List<String> why = answer.redFlags().stream().map(f -> f.id() + " " + f.words()).toList();
      if (q.kind().control()) {
        controls++;
        boolean alarm = answer.urgency().compareTo(Urgency.URGENT) >= 0;
        overAlarm += alarm ? 1 : 0;
        anyAlert += answer.urgency() != Urgency.NONE ? 1 : 0;
        if (answer.urgency() != Urgency.NONE) {
          failures.add(describe(q, (alarm ? "OVER-ALARM " : "alert ") + why));
        }
        continue;
      }
      levels.put(q.flag(), q.urgency());
      int[] c = counts.computeIfAbsent(q.flag(), f -> new int[3]);
      boolean reached = answer.urgency().compareTo(q.urgency()) >= 0;
      c[0]++;
      c[1] += reached ? 1 : 0;
      c[2] += fired.contains(q.flag()) || supersedes(fired, q.flag()) ? 1 : 0;
      if (q.urgency().compareTo(Urgency.URGENT) >= 0) {
        urgentQuestions++;
        urgentReached += reached ? 1 : 0;
      }
      if (!reached) {
        failures.add(describe(q, "MISSED, got " + answer.urgency().code() + " " + why));
      }
    }
    List<FlagResult> flags = new ArrayList<>();
    counts.forEach(
        (flag, c) -> flags.add(new FlagResult(flag, levels.get(flag), c[0], c[1], c[2])));
    return new Report(
        perLanguage,
        flags,
        controls,
        overAlarm,
        anyAlert,
        urgentQuestions == 0 ? 1.0 : (double) urgentReached / urgentQuestions,
        failures);
  }

  private boolean supersedes(List<String> fired, String flag) {
    return assistant.safety().allRedFlags().stream()
        .anyMatch(r -> fired.contains(r.id()) && r.supersedes().contains(flag));
  }

  private static String describe(RedFlagQuestion q, String why) {
    return "line "
        + q.line()
        + " ["
        + q.language().code()
        + "] "
        + q.flag()
        + " "
        + q.kind().name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + q.question()
        + " -> "
        + why;
  }

  /** Prints the report as text. */
  static void print(Report r, boolean failures) {
    System.out.printf(
        "Red-flag set: %d questions (%s)%n",
        r.questions(),
        r.perLanguage().entrySet().stream()
            .map(e -> e.getKey().code() + " " + e.getValue())
            .reduce((a, b) -> a + ", " + b)
            .orElse(""));
    System.out.printf("%-36s %-9s %5s %7s %7s%n", "red flag", "urgency", "n", "recall", "rule");
    for (FlagResult f : r.flags()) {
      System.out.printf(
          "%-36s %-9s %5d %7.3f %7.3f%n",
          f.flag(),
          f.urgency().code(),
          f.questions(),
          f.recall(),
          f.questions() == 0 ? 1.0 : (double) f.fired() / f.questions());
    }
    System.out.printf(
        "Urgent and emergency paraphrases reaching their level: %.3f%n", r.urgentRecall());
    System.out.printf(
        "Controls (ordinary questions and negated distractors): %d; over-alarm (urgent or "
            + "emergency): %d (%.1f%%); any alert: %d%n",
        r.controls(), r.overAlarm(), 100 * r.overAlarmRate(), r.anyAlert());
    if (failures) {
      r.failures().forEach(f -> System.out.println("  " + f));
    }
  }
}
