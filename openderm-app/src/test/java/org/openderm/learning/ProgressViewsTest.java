package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProgressViewsTest {

  private static ProgressReport report() {
    int[][] counts = new int[7][7];
    counts[LesionClass.MEL.ordinal()][LesionClass.MEL.ordinal()] = 1;
    counts[LesionClass.MEL.ordinal()][LesionClass.NV.ordinal()] = 3;
    counts[LesionClass.NV.ordinal()][LesionClass.NV.ordinal()] = 4;
    return new ProgressReport(
        8,
        5,
        List.of(
            new ProgressReport.TopicAccuracy("nv", ItemKind.IMAGE, 4, 4),
            new ProgressReport.TopicAccuracy("mel", ItemKind.IMAGE, 4, 1)),
        List.of(
            new ProgressReport.WeekAccuracy("mel", LocalDate.of(2026, 3, 2), 2, 1),
            new ProgressReport.WeekAccuracy("mel", LocalDate.of(2026, 3, 16), 2, 0),
            new ProgressReport.WeekAccuracy("nv", LocalDate.of(2026, 3, 9), 4, 4)),
        new ProgressReport.ConfusionMatrix(List.of(LesionClass.values()), counts),
        0,
        1,
        0,
        new ProgressReport.VersusAi(0, 0, 0));
  }

  @Test
  void confusionView_keepsMetClasses_andShadesByShareOfRow() {
    ConfusionView v = ConfusionView.of(report().confusion());
    assertThat(v.classes()).containsExactly(LesionClass.MEL, LesionClass.NV);
    ConfusionView.Row mel = v.rows().get(0);
    assertThat(mel.total()).isEqualTo(4);
    // 1 of 4 -> ceil(4 * 0.25) = 1; 3 of 4 -> 3.
    assertThat(mel.cells()).extracting(ConfusionView.Cell::level).containsExactly(1, 3);
    assertThat(v.rows().get(1).cells()).extracting(ConfusionView.Cell::count).containsExactly(0, 4);
  }

  @Test
  void charts_areChartJsConfigs_withGapsForWeeksWithoutPractice() {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode bar = json.readTree(ProgressCharts.byTopic(report(), t -> t.toUpperCase(), "%"));
    assertThat(bar.path("type").asString()).isEqualTo("bar");
    assertThat(bar.at("/data/labels/0").asString()).isEqualTo("NV (4)");
    assertThat(bar.at("/data/datasets/0/data/1").asInt()).isEqualTo(25);

    JsonNode line = json.readTree(ProgressCharts.weekly(report(), t -> t));
    assertThat(line.at("/data/labels").size()).isEqualTo(3);
    JsonNode mel = line.at("/data/datasets/0");
    assertThat(mel.path("label").asString()).isEqualTo("mel");
    assertThat(mel.at("/data/0").asInt()).isEqualTo(50);
    assertThat(mel.at("/data/1").isNull()).isTrue(); // no mel answer in the week of 9 March
    assertThat(mel.at("/data/2").asInt()).isZero();
  }

  @Test
  void aiOpinion_topAmongTheItemsChoices() {
    AiOpinion ai =
        new AiOpinion(
            "lesion-triage 1.0",
            Map.of(LesionClass.BKL, 0.5, LesionClass.MEL, 0.3, LesionClass.NV, 0.2),
            null);
    assertThat(ai.top()).isEqualTo(LesionClass.BKL);
    // On a melanoma-versus-naevus item, only those two answers count.
    assertThat(ai.topAmong(ImageSource.ISIC_557.choices())).isEqualTo(LesionClass.MEL);
  }
}
