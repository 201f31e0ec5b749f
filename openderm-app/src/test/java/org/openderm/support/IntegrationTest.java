package org.openderm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of tests that run the whole application on a real PostgreSQL: the embedded one in a fresh
 * data directory under target/ (one per test JVM), or the server named by {@code
 * SPRING_DATASOURCE_URL} (CI also runs these against Debian's PostgreSQL 15).
 */
@Tag("db")
@Import(Fixtures.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "openderm.privacy.create-key=true",
      "logging.level.org.openderm=INFO",
      // The learning tests check the quiz without the model; TriageLesionClassifierTest covers it.
      "openderm.learning.ai-comparison=false",
      // PhotoApiTest holds every decode permit; the refusal should not take the default 10 s.
      "openderm.photo.decode-wait=300ms"
    })
public abstract class IntegrationTest {

  static {
    if (System.getProperty("openderm.data-dir") == null) {
      try {
        Path dir = Path.of("target", "test-data", UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(dir);
        System.setProperty("openderm.data-dir", dir.toAbsolutePath().toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @LocalServerPort protected int port;

  @Autowired protected Fixtures fixtures;

  /** An HTTP client for the running server, signed in as {@code username} (null: anonymous). */
  protected Api api(String username) {
    return new Api(port, username, username == null ? null : Fixtures.PASSWORD);
  }
}
