package org.openderm.ml.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the shared data sets (read in place, never copied) for the tests that need them. */
final class DataSets {

  private DataSets() {}

  /** {@code -Dopenderm.data=DIR}, else {@code ../shared/data} from the project or module. */
  static Optional<Path> root() {
    String configured = System.getProperty("openderm.data");
    return Stream.of(configured, "../shared/data", "../../shared/data")
        .filter(s -> s != null && !s.isBlank())
        .map(Path::of)
        .filter(p -> Files.isDirectory(p.resolve("ham10000")))
        .findFirst();
  }
}
