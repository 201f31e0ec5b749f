package org.openderm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;

/**
 * {@code openderm audit verify --data-dir DIR} starts the application without a web server on the
 * data directory and reports the chain: exit 0 when intact.
 */
class AuditVerifyCommandTest extends IntegrationTest {

  @Test
  void verifiesTheChainOfADataDirectoryFromTheCommandLine() {
    String clinician = fixtures.clinician(Specialty.GP);
    api(clinician).get("/api/v1/patients/" + fixtures.patient(clinician, Fixtures.unique("Cli")));
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      exit =
          OpenDermCli.run("audit", "verify", "--data-dir", System.getProperty("openderm.data-dir"));
    } finally {
      System.setOut(original);
    }
    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit chain intact");
  }

  @Test
  void refusesToRunBesideARunningServer() throws Exception {
    // Another process holds the data directory, as a running server does.
    Path dir = Files.createTempDirectory(Path.of("target"), "busy-");
    Path locker = dir.resolve("Locker.java");
    Files.writeString(
        locker,
        """
        import java.nio.channels.FileChannel;
        import java.nio.file.*;
        public class Locker {
          public static void main(String[] a) throws Exception {
            FileChannel c = FileChannel.open(Path.of(a[0], "openderm.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            c.lock();
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
          }
        }
        """);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process server =
        new ProcessBuilder(java, locker.toString(), dir.toString())
            .redirectErrorStream(true)
            .start();
    try {
      assertThat(new BufferedReader(new InputStreamReader(server.getInputStream())).readLine())
          .isEqualTo("locked");
      PrintStream original = System.err;
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit;
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try {
        exit = OpenDermCli.run("audit", "verify", "--data-dir", dir.toString());
      } finally {
        System.setErr(original);
      }
      // Before: it started the database on the server's directory, stopping the server's.
      assertThat(exit).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("A server is running");
      assertThat(dir.resolve("postgres")).doesNotExist();
      assertThat(server.isAlive()).isTrue();
    } finally {
      server.destroyForcibly();
    }
  }
}
