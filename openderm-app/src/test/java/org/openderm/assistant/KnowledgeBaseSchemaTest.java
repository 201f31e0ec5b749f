package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged knowledge base and its companion data keep their schema: every article in French and
 * English with all fields and a reference, an index listing them all, and rules and evaluation
 * questions that only name existing articles.
 */
class KnowledgeBaseSchemaTest {

  private static final ClasspathContent CONTENT =
      new ClasspathContent(KnowledgeBaseSchemaTest.class.getClassLoader());
  private static KnowledgeBase knowledge;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeBase.load(CONTENT, KnowledgeBase.DEFAULT_FOLDER);
  }

  @Test
  void everyArticleHasBothLanguagesAllFieldsAndAReference() {
    assertThat(knowledge.size()).isGreaterThanOrEqualTo(50);
    for (Language language : Language.values()) {
      for (Article a : knowledge.articles(language)) {
        Language other = language == Language.FR ? Language.EN : Language.FR;
        assertThat(knowledge.article(a.id(), other)).as(a.id() + " in " + other).isPresent();
        assertThat(a.title()).as(a.id()).isNotBlank();
        assertThat(a.topics()).as(a.id()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(ArticleParser.AUDIENCES).contains(a.audience());
        assertThat(a.references()).as(a.id()).isNotEmpty();
        assertThat(a.reviewed()).as(a.id()).isNotNull();
        assertThat(a.sections()).as(a.id()).isNotEmpty();
      }
    }
  }

  @Test
  void indexListsEveryArticle() {
    Set<String> ids =
        knowledge.articles(Language.FR).stream().map(Article::id).collect(Collectors.toSet());
    assertThat(CONTENT.fromIndex(KnowledgeBase.DEFAULT_FOLDER)).containsAll(ids);
  }

  @Test
  void redFlagRulesCiteExistingArticles() {
    SafetyRules rules = SafetyRules.load(CONTENT);
    assertThat(rules.allRedFlags()).isNotEmpty();
    for (SafetyRule rule : rules.allRedFlags()) {
      assertThat(rule.articles()).as(rule.id()).isNotEmpty();
      for (String id : rule.articles()) {
        assertThat(knowledge.article(id, Language.EN)).as(rule.id() + " -> " + id).isPresent();
      }
    }
  }

  @Test
  void evaluationSetIsLargeBilingualAndNamesExistingArticles() {
    String file = "knowledge/eval/questions.tsv";
    List<EvaluationQuestion> questions = EvaluationQuestion.parse(file, CONTENT.require(file));
    assertThat(questions).hasSizeGreaterThanOrEqualTo(150);
    assertThat(questions.stream().filter(q -> q.language() == Language.FR).count())
        .isGreaterThanOrEqualTo(60);
    assertThat(questions.stream().filter(q -> q.language() == Language.EN).count())
        .isGreaterThanOrEqualTo(60);
    assertThat(questions).anyMatch(q -> q.urgency() == Urgency.EMERGENCY);
    assertThat(questions).anyMatch(EvaluationQuestion::refused);
    assertThat(questions).anyMatch(q -> q.expected().isEmpty());
    for (EvaluationQuestion q : questions) {
      for (String id : q.expected()) {
        assertThat(knowledge.article(id, q.language()))
            .as("line " + q.line() + ": " + id)
            .isPresent();
      }
    }
  }
}
