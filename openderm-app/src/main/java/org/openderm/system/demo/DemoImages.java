package org.openderm.system.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the demo's dermoscopy images from the public data folder at seed time. When the folder is
 * absent (a fresh clone without the data sets) the photo stories are skipped with a log line.
 */
@Component
class DemoImages {

  private static final Logger log = LoggerFactory.getLogger(DemoImages.class);
  private final Path root;

  DemoImages(DemoProperties properties) {
    this.root = locate(properties.imagesPath(), Path.of("").toAbsolutePath()).orElse(null);
  }

  /** The configured folder, or for a relative one the first match from {@code cwd} upwards. */
  static Optional<Path> locate(Path configured, Path cwd) {
    if (configured.isAbsolute()) {
      return Files.isDirectory(configured) ? Optional.of(configured) : Optional.empty();
    }
    for (Path dir = cwd; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(configured).normalize();
      if (Files.isDirectory(candidate.resolve("ham10000"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A HAM10000 image by id (e.g. {@code ISIC_0024306}), or empty with a log line. */
  Optional<byte[]> ham10000(String imageId) {
    if (root == null) {
      log.info("Demo images skipped: no ham10000 folder found (set openderm.demo-images)");
      return Optional.empty();
    }
    Path file = root.resolve("ham10000").resolve("images").resolve(imageId + ".jpg");
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      log.info("Demo image {} skipped: {}", imageId, e.getMessage());
      return Optional.empty();
    }
  }
}
