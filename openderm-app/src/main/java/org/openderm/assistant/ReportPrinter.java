package org.openderm.assistant;

/** Prints an evaluation report as text. */
final class ReportPrinter {

  private ReportPrinter() {}

  static void print(
      EvaluationReport r,
      MedquadCoverage.Result coverage,
      int articles,
      double loadMillis,
      boolean failures) {
    System.out.printf(
        "Knowledge base: %d articles (FR+EN), loaded and indexed in %.0f ms%n",
        articles, loadMillis);
    System.out.printf(
        "Questions: %d (%d with an expected article, %d out of scope)%n",
        r.questions(), r.inScope(), r.outOfScope());
    System.out.printf("Retrieval top-1 accuracy:     %.3f%n", r.top1());
    System.out.printf("Retrieval top-3 accuracy:     %.3f%n", r.top3());
    System.out.printf("Answer cites expected article: %.3f%n", r.answeredWithExpected());
    System.out.printf(
        "Honest \"don't know\" (out of scope): %.3f (min coverage %.2f, min score %.1f)%n",
        r.honestUnknown(), r.threshold().minCoverage(), r.threshold().minScore());
    System.out.printf("Red-flag recall:    %.3f%n", r.redFlagRecall());
    System.out.printf("Red-flag precision: %.3f%n", r.redFlagPrecision());
    System.out.printf("Emergency recall:   %.3f%n", r.emergencyRecall());
    System.out.printf("Urgency exact:      %.3f%n", r.urgencyAccuracy());
    System.out.printf("Refusal accuracy:   %.3f%n", r.refusalAccuracy());
    System.out.printf("Answers with a dose: %d%n", r.dosingAnswers());
    System.out.printf("Answer time: p50 %.2f ms, p95 %.2f ms%n", r.p50Millis(), r.p95Millis());
    if (coverage != null) {
      System.out.printf(
          "MedQuAD coverage: %d questions: relevant article %d, honest don't know %d, "
              + "off-topic answer %d (%.3f relevant or honest)%n",
          coverage.questions(),
          coverage.relevant(),
          coverage.unknown(),
          coverage.offTopic(),
          coverage.relevantOrHonest());
    }
    if (failures) {
      r.failures().forEach(f -> System.out.println("  MISS " + f));
      if (coverage != null) {
        coverage.offTopicExamples().forEach(f -> System.out.println("  OFF-TOPIC " + f));
      }
    }
  }
}
