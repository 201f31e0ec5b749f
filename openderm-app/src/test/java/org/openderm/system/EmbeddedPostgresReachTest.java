package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As root, the database runs as an unprivileged account: a data directory under a parent closed to
 * other users must stop start-up with a message that says so (not an initdb library error).
 */
class EmbeddedPostgresReachTest {

  @Test
  void aDataDirectoryTheDatabaseAccountCannotReachIsExplained(@TempDir Path tmp) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "only relevant when run as root");
    Path closed = Files.createDirectory(tmp.resolve("closed"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    Path data = closed.resolve("data");
    assertThatThrownBy(() -> EmbeddedPostgres.start(data))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot reach")
        .hasMessageContaining("chmod o+x");
  }
}
