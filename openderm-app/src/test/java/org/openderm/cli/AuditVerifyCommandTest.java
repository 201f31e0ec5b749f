package org.openderm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
}
