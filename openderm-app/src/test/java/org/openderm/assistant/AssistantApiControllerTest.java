package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openderm.system.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** {@code POST /api/v1/assistant/ask} in the shape of DESIGN §4, with standalone MockMvc. */
class AssistantApiControllerTest {

  private static MockMvc mvc;

  @BeforeAll
  static void setUp() {
    AssistantService assistant =
        new AssistantService(
            new ClasspathContent(AssistantApiControllerTest.class.getClassLoader()),
            "assistant-fixtures/articles",
            new Threshold(0.2, 1.0));
    mvc = MockMvcBuilders.standaloneSetup(new AssistantApiController(assistant)).build();
  }

  @Test
  void ask_returnsTheContractShape() throws Exception {
    mvc.perform(
            post("/api/v1/assistant/ask")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"how do I apply moisturiser?\",\"language\":\"en\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.answer").isString())
        .andExpect(jsonPath("$.citations[0].articleId").value("moisturisers"))
        .andExpect(jsonPath("$.citations[0].title").value("Moisturisers for dry skin"))
        .andExpect(jsonPath("$.citations[0].source").isString())
        .andExpect(jsonPath("$.urgency").value("none"))
        .andExpect(jsonPath("$.refused").value(false))
        .andExpect(jsonPath("$.refusalReason").value(org.hamcrest.Matchers.nullValue()));
  }

  @Test
  void ask_reportsUrgencyAndRefusal() throws Exception {
    mvc.perform(
            post("/api/v1/assistant/ask")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"question\":\"mes lèvres gonflent et j'ai du mal à respirer, "
                        + "quelle dose d'antihistaminique ?\",\"language\":\"fr\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.urgency").value("emergency"))
        .andExpect(jsonPath("$.refused").value(true))
        .andExpect(jsonPath("$.refusalReason").isString());
  }

  @Test
  void ask_rejectsAnUnknownLanguage() {
    assertThatThrownBy(
            () ->
                mvc.perform(
                    post("/api/v1/assistant/ask")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"hello\",\"language\":\"de\"}")))
        .rootCause()
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("language"));
  }
}
