package org.openderm.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openderm.audit.AuditTrail;
import org.openderm.audit.AuditVerification;
import org.openderm.system.DataDirLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openderm audit verify}: checks the audit chain; exit 0 when intact, 1 otherwise. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit trail tools.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Verify the audit chain: exit 0 when intact, else 1 and the first bad entry.")
  static final class Verify implements Callable<Integer> {

    @Option(
        names = "--data-dir",
        defaultValue = "./openderm-data",
        description = "Data directory (default ./openderm-data).")
    Path dataDir;

    @Override
    public Integer call() {
      // Never beside a running server: starting the database here would stop the server's.
      if (DataDirLock.inUseByAnother(dataDir)) {
        System.err.printf(
            "A server is running on %s: verification would disturb it. Ask the server instead"
                + " (GET /api/v1/audit/verify as an administrator, or the audit page), or stop it"
                + " first.%n",
            dataDir.toAbsolutePath().normalize());
        return 2;
      }
      try (var ctx =
          SpringLauncher.offline(
              Map.of("openderm.data-dir", dataDir.toAbsolutePath().normalize().toString()))) {
        AuditVerification v = ctx.getBean(AuditTrail.class).verify();
        if (v.valid()) {
          System.out.printf("Audit chain intact: %d entries.%n", v.entries());
          return 0;
        }
        System.out.printf(
            "Audit chain BROKEN at entry %d: %s (%d entries read).%n",
            v.firstInvalid(), v.reason(), v.entries());
        return 1;
      }
    }
  }
}
