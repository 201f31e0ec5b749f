package org.openderm.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the passages of one language, scored with BM25.
 *
 * <p>Besides the Lucene index it keeps each passage's analyzed terms and the document frequency of
 * every term, which the retriever uses for typo correction and for its "I don't know" confidence.
 * Built once at start-up (a few hundred passages, milliseconds) and read-only afterwards, so it is
 * safe to share between threads.
 */
final class PassageIndex {

  static final String TITLE = "title";
  static final String TOPICS = "topics";
  static final String HEADING = "heading";
  static final String BODY = "body";
  private static final String NUMBER = "n";

  private final Language language;
  private final Analyzer analyzer;
  private final List<Passage> passages = new ArrayList<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final IndexSearcher searcher;

  PassageIndex(Language language, Analyzer analyzer, Iterable<Article> articles) {
    this.language = language;
    this.analyzer = analyzer;
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Article article : articles) {
        for (Article.Section section : article.sections()) {
          add(writer, article, section);
        }
      }
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setSimilarity(new BM25Similarity());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(IndexWriter writer, Article article, Article.Section section)
      throws IOException {
    String topics = String.join(" ", article.topics()).replace('-', ' ');
    Set<String> terms = new HashSet<>();
    terms.addAll(Analyzers.terms(analyzer, article.title()));
    terms.addAll(Analyzers.terms(analyzer, topics));
    terms.addAll(Analyzers.terms(analyzer, section.heading()));
    terms.addAll(Analyzers.terms(analyzer, section.text()));
    terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    Document doc = new Document();
    doc.add(new StoredField(NUMBER, passages.size()));
    doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
    doc.add(new TextField(TOPICS, topics, Field.Store.NO));
    doc.add(new TextField(HEADING, section.heading(), Field.Store.NO));
    doc.add(new TextField(BODY, section.text(), Field.Store.NO));
    writer.addDocument(doc);
    passages.add(new Passage(article, section.heading(), section.text(), Set.copyOf(terms)));
  }

  /** A scored passage. */
  record Hit(Passage passage, float score) {}

  /** The best {@code n} passages for a query. */
  List<Hit> search(Query query, int n) {
    try {
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc doc : searcher.search(query, n).scoreDocs) {
        int number =
            searcher.storedFields().document(doc.doc).getField(NUMBER).numericValue().intValue();
        hits.add(new Hit(passages.get(number), doc.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Language language() {
    return language;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** The number of passages containing the term (0 when unknown). */
  int documentFrequency(String term) {
    return documentFrequency.getOrDefault(term, 0);
  }

  /** Every analyzed term of the index, for typo correction. */
  Set<String> vocabulary() {
    return documentFrequency.keySet();
  }

  int size() {
    return passages.size();
  }

  /** Inverse document frequency in the BM25 form, with unknown terms the rarest of all. */
  double idf(String term) {
    int df = documentFrequency(term);
    return Math.log(1 + (passages.size() - df + 0.5) / (df + 0.5));
  }
}
