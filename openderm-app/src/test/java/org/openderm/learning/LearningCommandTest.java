package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LearningCommandTest {

  @Test
  void check_validatesTheContent_andCountsImages() {
    LearningTestData.ensure();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new LearningCommand());
    cli.setOut(new PrintWriter(out));
    int code = cli.execute("check", "--data", LearningTestData.DIR);
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("cases: 31 valid")
        .contains("images isic-557: 6 mel=3 nv=3")
        .contains("images ham10000: 0");
  }

  @Test
  void check_withoutImages_stillValidatesTheContent(@TempDir Path empty) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new LearningCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("check", "--data", empty.toString())).isZero();
    assertThat(out.toString()).contains("images isic-557: 0");
  }
}
