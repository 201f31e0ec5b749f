package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Safety supersedes refusal, and nothing shown contradicts the leaflet: a "stop now" alert opens
 * the answer, replaces the refusal to discuss stopping, and no article passage shown with it says
 * "do not stop without advice".
 */
class SafetySupersedesRefusalTest {

  private static AssistantService assistant;

  @BeforeAll
  static void load() {
    assistant = AssistantService.fromClasspath();
  }

  @Test
  void pregnantOnMethotrexate_getsThePregnancyAlertFirst_notOnlyARefusal() {
    AssistantAnswer a =
        assistant.ask("I'm pregnant and on methotrexate, should I stop it?", Language.EN);
    assertThat(a.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(a.redFlags())
        .extracting(AssistantAnswer.RedFlag::id)
        .first()
        .isEqualTo("pregnancy-on-teratogen");
    assertThat(a.answer()).startsWith("What to do now:\nAct today: methotrexate");
    assertThat(a.answer()).doesNotContain("I cannot tell you to stop");
    assertThat(a.refused()).isFalse();
  }

  @Test
  void enceinteSousMethotrexate_alerteAvantTout() {
    AssistantAnswer a =
        assistant.ask(
            "je suis enceinte et je prends du méthotrexate, dois-je l'arrêter ?", Language.FR);
    assertThat(a.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(a.answer()).startsWith("Que faire maintenant :\nÀ faire aujourd'hui");
    assertThat(a.answer()).doesNotContain("Je ne peux pas vous dire d'arrêter");
  }

  @Test
  void aDoseQuestionWithAnUnrelatedEmergency_keepsItsRefusal() {
    AssistantAnswer a =
        assistant.ask(
            "mes lèvres gonflent et j'ai du mal à respirer, quelle dose d'antihistaminique ?",
            Language.FR);
    assertThat(a.urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(a.refused()).isTrue();
  }

  @Test
  void theAlertSaysWhichRuleFiredOnWhichWords() {
    AssistantAnswer a =
        assistant.ask(
            "Mon bébé a de l'eczéma, il ne boit pas et a de la fièvre, avec des petites vésicules",
            Language.FR);
    assertThat(a.urgency()).isEqualTo(Urgency.EMERGENCY);
    AssistantAnswer.RedFlag flag = a.redFlags().get(0);
    assertThat(flag.id()).isEqualTo("eczema-herpeticum");
    assertThat(flag.words()).contains("fievre", "eczema").anyMatch(w -> w.contains("vesicules"));
    assertThat(flag.source()).contains("NICE CG57");
    assertThat(a.answer()).contains("Alerte « eczema-herpeticum »").contains("« fievre »");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|I'm pregnant and on accutane, should I stop?",
        "fr|je suis enceinte et sous roaccutane, dois-je arrêter ?",
        "en|on accutane and having suicidal thoughts, should I stop it?",
        "fr|sous isotrétinoïne j'ai envie de mourir, je peux arrêter ?",
        "en|I took my methotrexate every day instead of once a week, should I stop?",
        "fr|j'ai pris mon méthotrexate tous les jours par erreur, je continue ?",
        "en|on methotrexate and I have mouth ulcers and a fever, can I stop it?",
        "en|I just found out I'm pregnant and I take rinvoq, should I stop?",
        "fr|test de grossesse positif sous soriatane, je peux arrêter ?",
        "en|started allopurinol and now my skin is blistering and peeling off, should I stop?",
      })
  void aStopNowAlert_isNeverShownWithTextSayingDoNotStop(String lang, String question) {
    AssistantAnswer a = assistant.ask(question, Language.of(lang));
    assertThat(a.redFlags()).as(question).isNotEmpty();
    List<SafetyRule> fired =
        assistant.safety().allRedFlags().stream()
            .filter(r -> a.redFlags().stream().anyMatch(f -> f.id().equals(r.id())))
            .toList();
    assertThat(fired).anyMatch(SafetyRule::stopNow);
    assertThat(a.refused()).isFalse();
    String shown = a.answer();
    assertThat(assistant.safety().saysKeepTaking(shown))
        .as("contradicts the alert: " + shown)
        .isFalse();
  }

  @Test
  void theIsotretinoinArticle_nowSaysStopAtOnceIfPregnant() {
    for (Language language : Language.values()) {
      Article article = assistant.knowledge().article("isotretinoin", language).orElseThrow();
      String text =
          String.join("\n", article.sections().stream().map(Article.Section::text).toList());
      assertThat(assistant.safety().saysKeepTaking(text)).as(language.code()).isFalse();
    }
    assertThat(assistant.knowledge().article("isotretinoin", Language.EN).orElseThrow().sections())
        .anyMatch(s -> s.text().contains("stop isotretinoin at once"));
  }

  @Test
  void articlesLinkedToAStopNowAlert_neverSayDoNotStop() {
    for (SafetyRule rule : assistant.safety().allRedFlags()) {
      if (!rule.stopNow()) {
        continue;
      }
      for (String id : rule.articles()) {
        for (Language language : Language.values()) {
          Article article = assistant.knowledge().article(id, language).orElseThrow();
          for (Article.Section section : article.sections()) {
            assertThat(assistant.safety().saysKeepTaking(section.text()))
                .as(rule.id() + " -> " + id + " (" + language.code() + "): " + section)
                .isFalse();
          }
        }
      }
    }
  }
}
