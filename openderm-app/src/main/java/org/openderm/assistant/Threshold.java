package org.openderm.assistant;

/**
 * When the best article is good enough to answer from; below it the assistant says it does not know
 * and cites nothing.
 *
 * <p>Two conditions, both needed: the article covers enough of the question ({@code minCoverage},
 * IDF-weighted share of its terms) and its ranking score is high enough ({@code minScore}, BM25
 * times coverage). Calibrated on {@code knowledge/eval/questions.tsv} and the MedQuAD consumer
 * questions (61 articles, November 2026): with 0.35 and 4.0, 92.5% of the in-scope questions are
 * answered from an expected article, 88% of the out-of-scope ones get an honest "I don't know", and
 * 90% of the MedQuAD questions get a relevant article or an honest "I don't know" (0.2: 95%, 79%,
 * 80%; 0.4: 92%, 88%, 93%). {@code openderm assistant evaluate --min-coverage C --min-score S}
 * shows other trade-offs. Re-calibrate when the knowledge base grows: BM25 scores depend on its
 * statistics.
 *
 * @param minCoverage lowest accepted coverage, 0..1
 * @param minScore lowest accepted ranking score
 */
record Threshold(double minCoverage, double minScore) {

  static final Threshold DEFAULT = new Threshold(0.35, 4.0);

  /**
   * Less strict on coverage after a refusal: the request itself is already declined with who to
   * ask, so related general information (the article on the medicine the person asked to dose) is
   * shown even when it covers less of the question.
   */
  Threshold afterRefusal() {
    return new Threshold(minCoverage * 0.75, minScore);
  }

  boolean accepts(Retriever.ArticleHit hit) {
    return hit.confidence() >= minCoverage && hit.score() >= minScore;
  }
}
