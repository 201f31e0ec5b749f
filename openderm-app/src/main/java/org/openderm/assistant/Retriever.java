package org.openderm.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the articles and passages that answer a question, with a confidence for "I don't know".
 *
 * <p>The question is analyzed like the passages; each term becomes a small disjunction of itself,
 * its typo corrections (terms of the index one or two edits away, for terms the index does not
 * know) and its lay-vocabulary equivalents. Passages are scored with BM25 over the title, topics,
 * heading and body, and grouped by article. The confidence of an article is the IDF-weighted share
 * of the question's terms it contains: a question about something the knowledge base does not cover
 * keeps its rarest terms unmatched and falls under the threshold.
 */
final class Retriever {

  private static final Map<String, Float> FIELDS =
      Map.of(
          PassageIndex.TITLE, 1.5f,
          PassageIndex.TOPICS, 0.8f,
          PassageIndex.HEADING, 1.0f,
          PassageIndex.BODY, 1.0f);
  private static final int MAX_TERMS = 40;
  private static final int PASSAGES = 60;
  private static final double COVERAGE_BASE = 0.3;
  private static final float TYPO_WEIGHT = 0.8f;
  private static final float LAY_WEIGHT = 0.7f;
  private static final double TYPO_CREDIT = 0.5;
  // Lucene refuses more than 1024 Boolean clauses; a pasted essay must not fail the request.
  private static final int MAX_CLAUSES = 900;

  private final Map<Language, PassageIndex> indexes;
  private final Map<Language, LayVocabulary> lay;

  Retriever(Map<Language, PassageIndex> indexes, Map<Language, LayVocabulary> lay) {
    this.indexes = Map.copyOf(indexes);
    this.lay = Map.copyOf(lay);
  }

  /** A question term and the index terms that may stand for it, with their weights. */
  record QueryTerm(String term, Map<String, Float> alternatives) {}

  /**
   * An article found for a question.
   *
   * @param article the article
   * @param passages its matching passages, best first
   * @param score BM25 score of the best passage plus a tenth of the second, times (0.3 +
   *     confidence)
   * @param confidence IDF-weighted share of the question's terms found in the article, 0..1
   * @param linked whether a matched red-flag rule names this article, so it is cited whatever its
   *     score
   */
  record ArticleHit(
      Article article,
      List<PassageIndex.Hit> passages,
      double score,
      double confidence,
      boolean linked) {

    ArticleHit asLinked() {
      return new ArticleHit(article, passages, score, confidence, true);
    }
  }

  /** The articles for a question, best first. */
  List<ArticleHit> retrieve(String question, Language language) {
    PassageIndex index = indexes.get(language);
    List<QueryTerm> terms = queryTerms(question, index, lay.get(language));
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<Article, List<PassageIndex.Hit>> byArticle = new LinkedHashMap<>();
    for (PassageIndex.Hit hit : index.search(query(terms), PASSAGES)) {
      byArticle.computeIfAbsent(hit.passage().article(), a -> new ArrayList<>()).add(hit);
    }
    List<ArticleHit> hits = new ArrayList<>();
    byArticle.forEach(
        (article, passages) -> {
          double bm25 =
              passages.get(0).score() + (passages.size() > 1 ? 0.1 * passages.get(1).score() : 0);
          double confidence = confidence(terms, passages, index);
          // An article that covers more of the question beats one that repeats a single term.
          hits.add(
              new ArticleHit(
                  article, passages, bm25 * (COVERAGE_BASE + confidence), confidence, false));
        });
    hits.sort(Comparator.comparingDouble(ArticleHit::score).reversed());
    return hits;
  }

  /** The question's terms with their alternatives. */
  static List<QueryTerm> queryTerms(String question, PassageIndex index, LayVocabulary lay) {
    Map<String, Map<String, Float>> terms = new LinkedHashMap<>();
    for (String term : Analyzers.terms(index.analyzer(), question)) {
      if (terms.size() >= MAX_TERMS) {
        break;
      }
      Map<String, Float> alternatives = terms.computeIfAbsent(term, t -> new LinkedHashMap<>());
      alternatives.put(term, 1.0f);
      if (index.documentFrequency(term) == 0) {
        TypoCorrector.corrections(term, index)
            .forEach(c -> alternatives.putIfAbsent(c, TYPO_WEIGHT));
      }
    }
    lay.expand(question, index.analyzer())
        .forEach(
            (anchor, expansions) -> {
              Map<String, Float> alternatives =
                  terms.computeIfAbsent(anchor, t -> new LinkedHashMap<>(Map.of(t, 1.0f)));
              expansions.forEach(e -> alternatives.putIfAbsent(e, LAY_WEIGHT));
            });
    return terms.entrySet().stream().map(e -> new QueryTerm(e.getKey(), e.getValue())).toList();
  }

  private static Query query(List<QueryTerm> terms) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int clauses = 0;
    for (QueryTerm term : terms) {
      for (Map.Entry<String, Float> alternative : term.alternatives().entrySet()) {
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
          if (clauses++ >= MAX_CLAUSES) {
            return builder.build();
          }
          Query q = new TermQuery(new Term(field.getKey(), alternative.getKey()));
          builder.add(
              new BoostQuery(q, alternative.getValue() * field.getValue()),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    return builder.build();
  }

  private static double confidence(
      List<QueryTerm> terms, List<PassageIndex.Hit> passages, PassageIndex index) {
    double total = 0;
    double matched = 0;
    for (QueryTerm term : terms) {
      double idf = index.idf(representative(term, index));
      total += idf;
      matched += idf * bestMatch(term, passages);
    }
    return total == 0 ? 0 : matched / total;
  }

  /**
   * 1 when the term or a lay equivalent occurs in the passages, {@value #TYPO_CREDIT} when only a
   * typo correction does (a word the index does not know is corrected to something, even when it
   * was no typo: "brakes" is not a misspelt "break"), else 0.
   */
  private static double bestMatch(QueryTerm term, List<PassageIndex.Hit> passages) {
    double best = 0;
    for (Map.Entry<String, Float> alternative : term.alternatives().entrySet()) {
      boolean occurs =
          passages.stream().anyMatch(h -> h.passage().terms().contains(alternative.getKey()));
      if (occurs) {
        best = Math.max(best, alternative.getValue() == TYPO_WEIGHT ? TYPO_CREDIT : 1.0);
      }
    }
    return best;
  }

  /** The term whose rarity stands for the question term: itself if known, else a correction. */
  private static String representative(QueryTerm term, PassageIndex index) {
    if (index.documentFrequency(term.term()) > 0) {
      return term.term();
    }
    return term.alternatives().keySet().stream()
        .filter(a -> index.documentFrequency(a) > 0)
        .findFirst()
        .orElse(term.term());
  }
}
