package org.openderm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ForecastEvaluateCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = OpenDermCli.run(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void evaluate_synthetic_printsTheJsonContract_withBaselines() {
    Run r =
        run(
            "forecast",
            "evaluate",
            "--synthetic",
            "6",
            "--days",
            "35",
            "--seed",
            "5",
            "--threads",
            "1",
            "--json");
    assertThat(r.exit()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("dataset").asString()).isEqualTo("synthetic(n=6,days=35,seed=5)");
    assertThat(json.get("patients").asInt()).isEqualTo(6);
    assertThat(json.get("horizonDays").asInt()).isEqualTo(7);
    List<String> names = new ArrayList<>();
    for (JsonNode m : json.get("models")) {
      names.add(m.get("name").asString());
      assertThat(m.get("rps").asDouble()).isBetween(0.0, 1.0);
      assertThat(m.get("lpd").asDouble()).isNegative();
      assertThat(m.get("fitMsPerPatient").asDouble()).isNotNegative();
    }
    assertThat(names)
        .contains("uniform", "historical", "BinRW", "OrderedRW", "BinMC", "AR1", "BinRW-items");
    assertThat(r.err()).contains("100%");
  }

  @Test
  void evaluate_series_reportsMalformedLinesWithTheirNumbers(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("diary.csv");
    Files.writeString(csv, "patient,date,score\np1,2026-01-01,10\np1,2026-01-02,999\n");
    Run r = run("forecast", "evaluate", "--series", csv.toString(), "--json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("line 3: score must be between 0 and 103");
  }

  @Test
  void evaluate_series_evaluatesARealFormatFile(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("patient,date,score\n");
    for (int d = 0; d < 30; d++) {
      csv.append("a,2026-01-")
          .append(String.format("%02d", d + 1))
          .append(',')
          .append(20 + d % 5)
          .append('\n');
    }
    Path file = dir.resolve("diary.csv");
    Files.writeString(file, csv);
    Run r = run("forecast", "evaluate", "--series", file.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("diary.csv").contains("historical").doesNotContain("BinRW-items");
  }

  @Test
  void synthetic_writesACsvThatEvaluateReads(@TempDir Path dir) {
    Path csv = dir.resolve("cohort.csv");
    Run write =
        run("forecast", "synthetic", "--patients", "4", "--days", "30", "--out", csv.toString());
    assertThat(write.exit()).isZero();
    Run r = run("forecast", "evaluate", "--series", csv.toString(), "--threads", "1", "--json");
    assertThat(r.exit()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("patients").asInt()).isEqualTo(4);
    List<String> names = new ArrayList<>();
    json.get("models").forEach(m -> names.add(m.get("name").asString()));
    assertThat(names).contains("uniform", "historical", "Ensemble", "OrderedRW-items");
  }
}
