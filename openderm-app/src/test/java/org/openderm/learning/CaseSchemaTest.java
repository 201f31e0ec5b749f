package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openderm.system.Violation;
import org.springframework.core.io.ByteArrayResource;

/** Every shipped case file against the case schema, and the schema against broken cases. */
class CaseSchemaTest {

  private static final LearningContent CONTENT = LearningContent.load();

  @Test
  void shippedCases_areValid_andCoverTheCurriculum() {
    List<ClinicalCase> cases = CONTENT.cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    Map<String, Long> perTopic =
        cases.stream().collect(Collectors.groupingBy(ClinicalCase::topic, Collectors.counting()));
    // Each theme of the issue has at least two cases to practise on.
    assertThat(perTopic.keySet()).containsAll(CaseSchema.TOPICS);
    assertThat(perTopic.values()).allMatch(n -> n >= 2);
    assertThat(cases.stream().filter(c -> c.tags().contains("skin-of-colour")).count())
        .isGreaterThanOrEqualTo(5);
    for (ClinicalCase c : cases) {
      assertThat(CaseSchema.validate(c)).as(c.id()).isEmpty();
    }
  }

  @Test
  void theRightOptionIsNotAlwaysInTheSamePlace() {
    Map<String, Long> firstRight =
        CONTENT.cases().stream()
            .flatMap(c -> c.steps().stream())
            .filter(s -> !s.multiple())
            .map(s -> s.correct().iterator().next())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(firstRight).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void classGuides_coverEveryClass_withCluesLookAlikesAndReferences() {
    for (LesionClass c : LesionClass.values()) {
      ClassGuide g = CONTENT.guide(c);
      assertThat(g.clues()).as(c.code()).isNotEmpty();
      assertThat(g.confusedWith()).as(c.code()).isNotEmpty().noneMatch(x -> x.lesionClass() == c);
      assertThat(g.references()).as(c.code()).isNotEmpty().doesNotContainNull();
    }
    assertThat(CONTENT.guide(LesionClass.MEL).confusedWith().get(0).lesionClass())
        .isEqualTo(LesionClass.NV);
  }

  @Test
  void validate_reportsEveryBrokenRule() {
    Text ok = new Text("x", "x");
    ClinicalCase.Step step =
        new ClinicalCase.Step(
            StepKind.DIAGNOSIS,
            new Text("Question ?", " "),
            false,
            List.of(new ClinicalCase.Option("a", ok), new ClinicalCase.Option("a", ok)),
            Set.of("a", "z"),
            ok);
    ClinicalCase bad =
        new ClinicalCase(
            "Bad Id", "dermatology", Set.of("vip"), ok, null, ok, List.of(step), List.of());
    assertThat(CaseSchema.validate(bad))
        .extracting(Violation::field)
        .contains(
            "id",
            "topic",
            "tags",
            "history",
            "references",
            "steps[0].question",
            "steps[0].options",
            "steps");
  }

  @Test
  void validate_singleAnswerStepWithTwoRightOptions_isRejected() {
    Text ok = new Text("x", "x");
    List<ClinicalCase.Option> options =
        List.of(
            new ClinicalCase.Option("a", ok),
            new ClinicalCase.Option("b", ok),
            new ClinicalCase.Option("c", ok));
    ClinicalCase.Step step =
        new ClinicalCase.Step(StepKind.DIAGNOSIS, ok, false, options, Set.of("a", "b"), ok);
    ClinicalCase c =
        new ClinicalCase("x", "acne", Set.of(), ok, ok, ok, List.of(step), List.of("ref"));
    assertThat(CaseSchema.validate(c))
        .extracting(Violation::field)
        .contains("steps[0].correct", "steps");
  }

  @Test
  void readCase_rejectsUnknownFieldsAndAMismatchedFileName() {
    String json =
        new String(
            """
            {"id": "x", "topic": "acne", "tags": [], "titel": {"fr": "a", "en": "b"}}
            """
                .getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LearningContent.readCase(named(json, "x.json")))
        .isInstanceOf(LearningContentException.class)
        .hasMessageContaining("titel")
        .satisfies(e -> assertThat(((LearningContentException) e).code()).isEqualTo("DERM-0604"));

    ClinicalCase real = CONTENT.cases().get(0);
    assertThatThrownBy(
            () ->
                LearningContent.readCase(
                    named(
                        new String(
                            new org.springframework.core.io.ClassPathResource(
                                    "learning/cases/" + real.id() + ".json")
                                .getContentAsByteArray(),
                            StandardCharsets.UTF_8),
                        "renamed.json")))
        .isInstanceOf(LearningContentException.class)
        .hasMessageContaining("must match the file name");
  }

  private static ByteArrayResource named(String json, String name) {
    return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
