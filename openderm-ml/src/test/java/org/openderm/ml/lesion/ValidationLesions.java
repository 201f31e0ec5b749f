package org.openderm.ml.lesion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** HAM10000 (read in place beside the project) and the committed split's validation images. */
final class ValidationLesions {

  private ValidationLesions() {}

  /** The HAM10000 folder with its masks: {@code -Dopenderm.data=DIR}, else ../shared/data. */
  static Optional<Path> ham() {
    return Stream.of(System.getProperty("openderm.data"), "../shared/data", "../../shared/data")
        .filter(s -> s != null && !s.isBlank())
        .map(p -> Path.of(p).resolve("ham10000"))
        .filter(p -> Files.isDirectory(p.resolve("masks")))
        .findFirst();
  }

  /** The first {@code n} validation image ids of the committed split (never seen in training). */
  static List<String> ids(int n) {
    try (InputStream in =
        ValidationLesions.class.getResourceAsStream("/models/lesion-triage/split.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> l.endsWith(",val"))
          .map(l -> l.substring(0, l.indexOf(',')))
          .limit(n)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
