package org.openderm.assistant;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openderm.system.InvalidInputException;

/**
 * The patient assistant: answers a question from the knowledge base, red flags first, with
 * citations, refusals and an honest "I don't know".
 *
 * <p>Plain Java (no Spring): the web layer, the chat page and the evaluation command share one
 * instance, built once at start-up (parsing and indexing take well under a second) and safe to use
 * from many threads. It gives general information only; it never diagnoses or doses, and its
 * red-flag rules are a safety net, not a triage system.
 */
public final class AssistantService {

  /** The longest question accepted, in characters. */
  public static final int MAX_QUESTION = 2000;

  private final KnowledgeBase knowledge;
  private final SafetyRules safety;
  private final Retriever retriever;
  private final AnswerComposer composer;
  private final LanguageGuess languageGuess;

  AssistantService(ClasspathContent content, String articlesFolder, Threshold threshold) {
    this(content, articlesFolder, threshold, Rephraser.NONE);
  }

  AssistantService(
      ClasspathContent content, String articlesFolder, Threshold threshold, Rephraser rephraser) {
    this.knowledge = KnowledgeBase.load(content, articlesFolder);
    this.safety = SafetyRules.load(content);
    Map<Language, PassageIndex> indexes = new EnumMap<>(Language.class);
    Map<Language, LayVocabulary> lay = new EnumMap<>(Language.class);
    Map<Language, List<String>> stops = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String suffix = "." + language.code() + ".txt";
      stops.put(
          language, Analyzers.stopWords(content.require("knowledge/search/stopwords" + suffix)));
      indexes.put(
          language,
          new PassageIndex(
              language, Analyzers.of(language, stops.get(language)), knowledge.articles(language)));
      String layFile = "knowledge/search/lay-terms" + suffix;
      lay.put(language, LayVocabulary.parse(layFile, content.require(layFile)));
    }
    this.retriever = new Retriever(indexes, lay);
    this.composer = new AnswerComposer(threshold, rephraser);
    this.languageGuess = new LanguageGuess(stops);
  }

  /** The assistant over the knowledge base packaged with OpenDerm. */
  public static AssistantService fromClasspath() {
    return fromClasspath(Rephraser.NONE);
  }

  static AssistantService fromClasspath(Rephraser rephraser) {
    return new AssistantService(
        new ClasspathContent(AssistantService.class.getClassLoader()),
        KnowledgeBase.DEFAULT_FOLDER,
        Threshold.DEFAULT,
        rephraser);
  }

  /**
   * Answers a question.
   *
   * @param question the person's words, 1 to {@value #MAX_QUESTION} characters
   * @param language the answer's language; {@code null} to guess it from the question
   * @throws InvalidInputException when the question is blank or too long
   */
  public AssistantAnswer ask(String question, Language language) {
    return exchange(question, language).answer();
  }

  /** An answer with the article ranking it was composed from, for the evaluation. */
  record Exchange(AssistantAnswer answer, List<Retriever.ArticleHit> ranking) {}

  Exchange exchange(String question, Language language) {
    validate(question);
    Language lang = language != null ? language : languageGuess.guess(question);
    List<SafetyRules.Alert> alerts = safety.alerts(question);
    Optional<SafetyRule> refusal = safety.refusal(question);
    List<Retriever.ArticleHit> ranking =
        rank(question, lang, alerts.stream().map(SafetyRules.Alert::rule).toList());
    return new Exchange(
        composer.compose(lang, alerts, refusal, ranking, safety::saysKeepTaking), ranking);
  }

  /** The number of articles (FR/EN pairs) in the knowledge base. */
  public int articleCount() {
    return knowledge.size();
  }

  /** Validates a question as the API does. */
  public static void validate(String question) {
    if (question == null || question.isBlank()) {
      throw new InvalidInputException("question", "must not be blank");
    }
    if (question.length() > MAX_QUESTION) {
      throw new InvalidInputException(
          "question", "must be at most " + MAX_QUESTION + " characters");
    }
  }

  /**
   * Retrieval, then the articles that explain a matched red flag moved to the front and marked as
   * linked: whatever words the person used, the answer then cites the article on that danger.
   */
  private List<Retriever.ArticleHit> rank(
      String question, Language language, List<SafetyRule> redFlags) {
    List<Retriever.ArticleHit> hits = retriever.retrieve(question, language);
    List<String> linked = redFlags.stream().flatMap(r -> r.articles().stream()).distinct().toList();
    if (linked.isEmpty()) {
      return hits;
    }
    List<Retriever.ArticleHit> ranked = new java.util.ArrayList<>();
    for (String id : linked) {
      hits.stream()
          .filter(h -> h.article().id().equals(id))
          .findFirst()
          .ifPresent(h -> ranked.add(h.asLinked()));
    }
    hits.stream().filter(h -> !linked.contains(h.article().id())).forEach(ranked::add);
    return ranked;
  }

  AnswerComposer composer() {
    return composer;
  }

  SafetyRules safety() {
    return safety;
  }

  KnowledgeBase knowledge() {
    return knowledge;
  }
}
