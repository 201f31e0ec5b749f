package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retrieval and composition on three small fixture articles, independent of the real content. */
class FixtureRetrievalTest {

  private static AssistantService assistant;

  @BeforeAll
  static void load() {
    assistant =
        new AssistantService(
            new ClasspathContent(FixtureRetrievalTest.class.getClassLoader()),
            "assistant-fixtures/articles",
            new Threshold(0.2, 1.0));
  }

  private static List<String> ids(AssistantAnswer answer) {
    return answer.citations().stream().map(Citation::articleId).toList();
  }

  @Test
  void frenchQuestion_getsFrenchPassages() {
    AssistantAnswer a =
        assistant.ask("comment appliquer l'émollient sur la peau sèche ?", Language.FR);
    assertThat(ids(a)).first().isEqualTo("moisturisers");
    assertThat(a.citations().get(0).title()).isEqualTo("Les émollients pour la peau sèche");
    assertThat(a.answer()).contains("barrière cutanée").doesNotContain("skin barrier");
    assertThat(a.answer()).contains("[1]").contains("pas un diagnostic");
  }

  @Test
  void englishQuestion_getsEnglishPassages() {
    AssistantAnswer a = assistant.ask("how do I apply moisturiser on dry skin?", Language.EN);
    assertThat(ids(a)).first().isEqualTo("moisturisers");
    assertThat(a.answer()).contains("skin barrier").contains("not a diagnosis");
    assertThat(a.citations().get(0).source()).contains("EuroGuiDerm");
  }

  @Test
  void typosAndLayWords_stillFindTheArticle() {
    assertThat(ids(assistant.ask("sunscrean for my babby", Language.EN)))
        .first()
        .isEqualTo("sun-care");
    assertThat(ids(assistant.ask("mes cheveux tombent par plaques", Language.FR)))
        .first()
        .isEqualTo("hair-loss");
    assertThat(ids(assistant.ask("which lotion for itchy dry skin", Language.EN)))
        .first()
        .isEqualTo("moisturisers");
  }

  @Test
  void unknownTopic_saysSoAndCitesNothing() {
    AssistantAnswer a = assistant.ask("how do I repair my car brakes?", Language.EN);
    assertThat(a.citations()).isEmpty();
    assertThat(a.answer()).contains("could not find a reliable answer");
    assertThat(a.urgency()).isEqualTo(Urgency.NONE);
    assertThat(a.refused()).isFalse();
    assertThat(a.refusalReason()).isNull();
  }

  @Test
  void dosingSentences_neverReachTheAnswer() {
    AssistantAnswer a = assistant.ask("how to apply the cream after the bath", Language.EN);
    assertThat(ids(a)).contains("moisturisers");
    assertThat(a.answer()).doesNotContain("30 mg").doesNotContainPattern(PassageText.DOSE);
  }

  @Test
  void languageIsGuessed_whenNotGiven() {
    AssistantAnswer a = assistant.ask("comment se protéger du soleil avec un bébé ?", null);
    assertThat(a.citations().get(0).title()).isEqualTo("Se protéger du soleil");
  }
}
