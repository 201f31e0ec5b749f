package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressCsvTest {

  @Test
  void write_oneRowPerAnswer_quotingAndDefusingFormulas() {
    AnswerRecord a =
        new AnswerRecord(
            Instant.parse("2026-03-02T09:00:00Z"),
            ItemKind.CASE_STEP,
            "case/x/1",
            "drug-eruption",
            "a+c",
            "=cmd,\"x\"",
            false,
            Rating.AGAIN,
            null,
            null);
    StringBuilder out = new StringBuilder();
    ProgressCsv.write(List.of(a), out);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0]).isEqualTo(ProgressCsv.HEADER);
    assertThat(lines[1])
        .isEqualTo(
            "2026-03-02T09:00:00Z,CASE_STEP,case/x/1,drug-eruption,a+c,\"'=cmd,\"\"x\"\"\","
                + "false,AGAIN,,");
    assertThat(Csv.split(lines[1])).hasSize(10).element(5).isEqualTo("'=cmd,\"x\"");
  }

  @Test
  void cell_leavesPlainValuesAlone() {
    assertThat(Csv.cell("mel")).isEqualTo("mel");
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.cell("-1")).isEqualTo("'-1");
  }
}
