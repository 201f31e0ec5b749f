package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openderm.system.InvalidInputException;

/** The assistant over the packaged knowledge base: red flags first, refusals, citations. */
class AssistantServiceTest {

  private static AssistantService assistant;

  @BeforeAll
  static void load() {
    assistant = AssistantService.fromClasspath();
  }

  @Test
  void emergency_opensWithWhatToDoNow_andCitesTheArticleOnIt() {
    AssistantAnswer a =
        assistant.ask(
            "my daughter has eczema and now painful blisters spreading with a high fever, "
                + "which cream should I use?",
            Language.EN);
    assertThat(a.urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(a.answer()).startsWith("What to do now:");
    assertThat(a.citations().get(0).articleId()).isEqualTo("eczema-herpeticum");
    assertThat(a.answer())
        .endsWith(Messages.bundle(Language.EN).getString("assistant.answer.disclaimer"));
  }

  @Test
  void doseRequest_isRefusedWithWhoToAsk_andStillGivesGeneralInformation() {
    AssistantAnswer a =
        assistant.ask(
            "combien de comprimés d'antihistaminique je peux prendre "
                + "par jour pour l'urticaire ?",
            Language.FR);
    assertThat(a.refused()).isTrue();
    assertThat(a.refusalReason()).contains("dose");
    assertThat(a.answer()).contains("pharmacien").contains("[1]");
    assertThat(a.citations()).isNotEmpty();
    assertThat(a.answer()).doesNotContainPattern(PassageText.DOSE);
  }

  @Test
  void refusedDose_stillPointsToTheArticleOnTheMedicine() {
    AssistantAnswer a = assistant.ask("quelle dose de roaccutane dois-je prendre ?", Language.FR);
    assertThat(a.refused()).isTrue();
    assertThat(a.citations()).extracting(Citation::articleId).first().isEqualTo("isotretinoin");
    assertThat(a.answer()).doesNotContainPattern(PassageText.DOSE);
  }

  @Test
  void ordinaryQuestion_isAnsweredWithCitationsAndNoUrgency() {
    AssistantAnswer a =
        assistant.ask("how often should I put moisturiser on my eczema?", Language.EN);
    assertThat(a.urgency()).isEqualTo(Urgency.NONE);
    assertThat(a.refused()).isFalse();
    assertThat(a.citations()).extracting(Citation::articleId).contains("emollients");
    assertThat(a.citations()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
  }

  @Test
  void blankOrHugeQuestion_isInvalidInput() {
    assertThatThrownBy(() -> assistant.ask("  ", Language.FR))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("DERM-0001"));
    assertThatThrownBy(() -> assistant.ask("x".repeat(2001), Language.FR))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2000");
  }
}
