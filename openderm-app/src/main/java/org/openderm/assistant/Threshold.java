package org.openderm.assistant;

/**
 * When the best article is good enough to answer from; below it the assistant says it does not know
 * and cites nothing.
 *
 * <p>Two conditions, both needed: the article covers enough of the question ({@code minCoverage},
 * IDF-weighted share of its terms) and its ranking score is high enough ({@code minScore}, BM25
 * times coverage). Calibrated on {@code knowledge/eval/questions.tsv}: with 0.2 and 4.0, 97% of the
 * in-scope questions get an answer and about 80% of the out-of-scope ones an honest "I don't know"
 * ({@code openderm assistant evaluate --min-score S --min-coverage C} shows other trade-offs).
 * Re-calibrate when the knowledge base grows: BM25 scores depend on its statistics.
 *
 * @param minCoverage lowest accepted coverage, 0..1
 * @param minScore lowest accepted ranking score
 */
record Threshold(double minCoverage, double minScore) {

  static final Threshold DEFAULT = new Threshold(0.2, 4.0);

  boolean accepts(Retriever.ArticleHit hit) {
    return hit.confidence() >= minCoverage && hit.score() >= minScore;
  }
}
