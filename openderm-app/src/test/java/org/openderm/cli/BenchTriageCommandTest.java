package org.openderm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openderm.support.TestPhotos;

/** {@code openderm bench triage}: times the API's whole path by default, the model alone on ask. */
class BenchTriageCommandTest {

  @Test
  void bench_timesSanitiserGateAndModel_orTheModelAlone(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.jpg"), TestPhotos.jpeg(640, 480, 1));
    Files.write(dir.resolve("b.jpg"), TestPhotos.jpeg(800, 600, 2));
    String whole =
        run("bench", "triage", "--images", dir.toString(), "--runs", "4", "--warmup", "1");
    assertThat(whole).contains("(sanitise, gate, model) over 4 runs").containsPattern("p50 \\d");
    String model =
        run(
            "bench",
            "triage",
            "--images",
            dir.toString(),
            "--runs",
            "4",
            "--warmup",
            "1",
            "--model-only");
    assertThat(model).contains("(decode, model) over 4 runs");
  }

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      assertThat(OpenDermCli.run(args)).isZero();
      return o.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
    }
  }
}
