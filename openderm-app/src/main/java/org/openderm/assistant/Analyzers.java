package org.openderm.assistant;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French and English analyzers of the passage index.
 *
 * <p>Lucene's language analyzers plus accent folding (patients often type "eczema", "fievre") and a
 * stop list of question words kept in {@code knowledge/search/stopwords.<lang>.txt}. Stemming:
 * Lucene's light French stemmer (Savoy 2005) and Porter for English.
 */
final class Analyzers {

  private Analyzers() {}

  /** The analyzer for one language, with the extra stop words of that language. */
  static Analyzer of(Language language, List<String> extraStopWords) {
    if (language == Language.FR) {
      CharArraySet stops = new CharArraySet(extraStopWords, true);
      return new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          StandardTokenizer source = new StandardTokenizer();
          TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
          stream = new LowerCaseFilter(stream);
          stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
          stream = new ASCIIFoldingFilter(stream);
          stream = new StopFilter(stream, stops);
          return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
        }
      };
    }
    CharArraySet stops = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stops.addAll(extraStopWords);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stops);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
      }
    };
  }

  /** Folded stop words of a stop-word file (blank-separated words, {@code #} comments). */
  static List<String> stopWords(String text) {
    List<String> words = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (!line.strip().startsWith("#")) {
        for (String word : line.strip().split("\\s+")) {
          if (!word.isEmpty()) {
            words.add(Text.fold(word));
          }
        }
      }
    }
    return words;
  }

  /** The analyzed terms of a text, in order. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return terms;
  }
}
