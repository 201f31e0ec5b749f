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
 * of the question's terms it contains: a question about something the knowledge base does not
 * cover keeps its rarest terms unmatched and falls under the threshold.
 */
final class Retriever {

  private static final Map<String, Float> FIELDS =
      Map.of(
          PassageIndex.TITLE, 2.0f,
          PassageIndex.TOPICS, 1.5f,
          PassageIndex.HEADING, 1.5f,
          PassageIndex.BODY, 1.0f);
  private static final int MAX_TERMS = 40;
  private static final int PASSAGES = 60;
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
   * @param score BM25 score of the best passage plus a tenth of the second
   * @param confidence IDF-weighted share of the question's terms found in the article, 0..1
   */
  record ArticleHit(Article article, List<PassageIndex.Hit> passages, double score,
      double confidence) {}

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
          double score = passages.get(0).score()
              + (passages.size() > 1 ? 0.1 * passages.get(1).score() : 0);
          hits.add(new ArticleHit(article, passages, score, confidence(terms, passages, index)));
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
        TypoCorrector.corrections(term, index).forEach(c -> alternatives.putIfAbsent(c, 0.8f));
      }
    }
    lay.expand(question, index.analyzer())
        .forEach(
            (anchor, expansions) -> {
              Map<String, Float> alternatives =
                  terms.computeIfAbsent(anchor, t -> new LinkedHashMap<>(Map.of(t, 1.0f)));
              expansions.forEach(e -> alternatives.putIfAbsent(e, 0.7f));
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
      boolean found = passages.stream()
          .anyMatch(h -> term.alternatives().keySet().stream()
              .anyMatch(a -> h.passage().terms().contains(a)));
      if (found) {
        matched += idf;
      }
    }
    return total == 0 ? 0 : matched / total;
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
