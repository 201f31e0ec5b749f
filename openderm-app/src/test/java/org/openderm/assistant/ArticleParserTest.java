package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

  private static final String VALID =
      """
      ---
      id: emollients
      lang: fr
      title: "Les émollients : l'essentiel"
      topics: atopic-dermatitis, emollients
      audience: patient
      references:
      - EuroGuiDerm 2022
      - HAS 2024
      reviewed: 2026-11-23
      ---

      # Ignored top heading

      Intro paragraph.

      ## Pourquoi

      Parce que la barrière cutanée.

      Second paragraph.

      ## Comment

      Doucement.
      """;

  @Test
  void parses_frontMatterAndSections() {
    Article a = ArticleParser.parse("emollients.fr.md", VALID);
    assertThat(a.id()).isEqualTo("emollients");
    assertThat(a.language()).isEqualTo(Language.FR);
    assertThat(a.title()).isEqualTo("Les émollients : l'essentiel");
    assertThat(a.topics()).containsExactly("atopic-dermatitis", "emollients");
    assertThat(a.references()).containsExactly("EuroGuiDerm 2022", "HAS 2024");
    assertThat(a.reviewed()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(a.sections())
        .extracting(Article.Section::heading)
        .containsExactly("", "Pourquoi", "Comment");
    assertThat(a.sections().get(1).text()).contains("barrière").contains("Second paragraph");
    assertThat(a.source()).isEqualTo("EuroGuiDerm 2022; HAS 2024");
  }

  @Test
  void rejects_missingReference() {
    String noRefs = VALID.replace("- EuroGuiDerm 2022\n", "").replace("- HAS 2024\n", "");
    assertThatThrownBy(() -> ArticleParser.parse("x.fr.md", noRefs))
        .isInstanceOf(InvalidKnowledgeException.class)
        .hasMessageContaining("x.fr.md")
        .hasMessageContaining("reference")
        .extracting(e -> ((InvalidKnowledgeException) e).code())
        .isEqualTo("DERM-0700");
  }

  @Test
  void rejects_eachMissingField() {
    for (String field : new String[] {"id", "lang", "title", "topics", "audience", "reviewed"}) {
      String text = VALID.replaceAll("(?m)^" + field + ":.*\\n", "");
      assertThatThrownBy(() -> ArticleParser.parse("x.fr.md", text))
          .as(field)
          .isInstanceOf(InvalidKnowledgeException.class)
          .hasMessageContaining(field);
    }
  }

  @Test
  void rejects_badValues() {
    assertThatThrownBy(
            () ->
                ArticleParser.parse("x", VALID.replace("audience: patient", "audience: everyone")))
        .hasMessageContaining("audience");
    assertThatThrownBy(() -> ArticleParser.parse("x", VALID.replace("2026-11-23", "23/11/2026")))
        .hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> ArticleParser.parse("x", VALID.replace("lang: fr", "lang: de")))
        .hasMessageContaining("fr or en");
    assertThatThrownBy(() -> ArticleParser.parse("x", VALID.substring(4)))
        .hasMessageContaining("---");
  }
}
