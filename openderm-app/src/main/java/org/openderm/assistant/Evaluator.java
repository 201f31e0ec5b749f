package org.openderm.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the evaluation set through the assistant and computes the report's figures. */
final class Evaluator {

  private final AssistantService assistant;

  Evaluator(AssistantService assistant) {
    this.assistant = assistant;
  }

  /** Runs every question once; with {@code warmUp}, first once unmeasured (JIT, caches). */
  EvaluationReport run(List<EvaluationQuestion> questions, boolean warmUp) {
    for (EvaluationQuestion q : warmUp ? questions : List.<EvaluationQuestion>of()) {
      assistant.ask(q.question(), q.language());
    }
    Counts c = new Counts();
    List<String> failures = new ArrayList<>();
    double[] millis = new double[questions.size()];
    int i = 0;
    for (EvaluationQuestion q : questions) {
      long start = System.nanoTime();
      AssistantService.Exchange exchange = assistant.exchange(q.question(), q.language());
      millis[i++] = (System.nanoTime() - start) / 1e6;
      List<String> ranked =
          exchange.ranking().stream().map(h -> h.article().id()).limit(3).toList();
      c.add(q, exchange.answer(), ranked, failures);
    }
    Arrays.sort(millis);
    return new EvaluationReport(
        questions.size(),
        c.inScope,
        ratio(c.top1, c.inScope),
        ratio(c.top3, c.inScope),
        ratio(c.cited, c.inScope),
        c.outOfScope,
        ratio(c.unknown, c.outOfScope),
        ratio(c.flagHit, c.flagExpected),
        ratio(c.flagHit, c.flagGiven),
        ratio(c.emergencyHit, c.emergencyExpected),
        ratio(c.urgencyExact, questions.size()),
        ratio(c.refusalExact, questions.size()),
        c.dosing,
        percentile(millis, 0.5),
        percentile(millis, 0.95),
        assistant.composer().threshold(),
        failures);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }

  /** Running counts; one question at a time. */
  private static final class Counts {
    int inScope;
    int top1;
    int top3;
    int cited;
    int outOfScope;
    int unknown;
    int flagExpected;
    int flagGiven;
    int flagHit;
    int emergencyExpected;
    int emergencyHit;
    int urgencyExact;
    int refusalExact;
    int dosing;

    void add(EvaluationQuestion q, AssistantAnswer a, List<String> ranked, List<String> fails) {
      List<String> citedIds = a.citations().stream().map(Citation::articleId).toList();
      if (q.expected().isEmpty()) {
        outOfScope++;
        unknown += citedIds.isEmpty() ? 1 : 0;
        fail(fails, !citedIds.isEmpty(), q, "should not cite, cited " + citedIds);
      } else {
        inScope++;
        boolean first = !ranked.isEmpty() && q.expected().contains(ranked.get(0));
        boolean three = ranked.stream().anyMatch(q.expected()::contains);
        top1 += first ? 1 : 0;
        top3 += three ? 1 : 0;
        cited += citedIds.stream().anyMatch(q.expected()::contains) ? 1 : 0;
        fail(fails, !three, q, "expected " + q.expected() + ", ranked " + ranked);
      }
      boolean expectedFlag = q.urgency() != Urgency.NONE;
      boolean givenFlag = a.urgency() != Urgency.NONE;
      flagExpected += expectedFlag ? 1 : 0;
      flagGiven += givenFlag ? 1 : 0;
      flagHit += expectedFlag && givenFlag ? 1 : 0;
      emergencyExpected += q.urgency() == Urgency.EMERGENCY ? 1 : 0;
      emergencyHit += q.urgency() == Urgency.EMERGENCY && a.urgency() == Urgency.EMERGENCY ? 1 : 0;
      urgencyExact += q.urgency() == a.urgency() ? 1 : 0;
      fail(
          fails,
          q.urgency() != a.urgency(),
          q,
          "urgency " + a.urgency().code() + " instead of " + q.urgency().code());
      refusalExact += q.refused() == a.refused() ? 1 : 0;
      fail(fails, q.refused() != a.refused(), q, "refused=" + a.refused());
      boolean doses = PassageText.DOSE.matcher(a.answer()).find();
      dosing += doses ? 1 : 0;
      fail(fails, doses, q, "answer contains a dose");
    }

    private static void fail(List<String> fails, boolean failed, EvaluationQuestion q, String why) {
      if (failed) {
        fails.add(
            "line " + q.line() + " [" + q.language().code() + "] " + q.question() + ": " + why);
      }
    }
  }
}
