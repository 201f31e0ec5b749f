package org.openderm.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-verifies every stored photo file against the SHA-256 recorded with it, and finds files that
 * have no row (orphans). Runs on a schedule ({@code openderm.photo.integrity-cron}, daily at 03:30
 * by default) and on demand (admin API). It reads ciphertext only and never decrypts, so it touches
 * no patient data and writes no audit rows; the log names photo ids, never patients.
 */
@Component
class PhotoIntegrity {

  private static final Logger log = LoggerFactory.getLogger(PhotoIntegrity.class);

  /** How old an orphan file must be before it is moved out (an upload commits in seconds). */
  static final Duration ORPHAN_GRACE = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final PhotoFiles files;

  PhotoIntegrity(JdbcClient jdbc, PhotoFiles files) {
    this.jdbc = jdbc;
    this.files = files;
  }

  @Scheduled(cron = "${openderm.photo.integrity-cron:0 30 3 * * *}")
  void scheduled() {
    PhotoIntegrityReport report = verifyAll();
    if (!report.intact()) {
      log.error(
          "Photo integrity check: {} damaged or missing, {} orphan files",
          report.damaged().size(),
          report.orphans().size());
    }
  }

  PhotoIntegrityReport verifyAll() {
    record Row(UUID id, String sha) {}
    List<Row> rows =
        jdbc.sql("select id, file_sha256 from photo")
            .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("file_sha256")))
            .list();
    List<UUID> damaged = new ArrayList<>();
    Set<Path> known = new HashSet<>();
    for (Row r : rows) {
      known.add(files.path(r.id()));
      boolean ok;
      try {
        ok = Hashes.sha256Hex(files.read(r.id())).equals(r.sha());
      } catch (PhotoIntegrityException e) {
        ok = false;
      }
      if (!ok) {
        damaged.add(r.id());
      }
      jdbc.sql("update photo set integrity_checked_at = now(), integrity_ok = :ok where id = :id")
          .param("ok", ok)
          .param("id", r.id())
          .update();
    }
    List<String> orphans = orphans(known);
    return new PhotoIntegrityReport(
        Instant.now(), rows.size(), damaged, orphans, quarantine(orphans));
  }

  /**
   * Moves orphans older than {@link #ORPHAN_GRACE} out of the photo folder, into {@code
   * photos-quarantine} beside it (kept, still encrypted, for an administrator to delete): a crash
   * between the file's rename and the database commit leaves such a file. Younger ones may belong
   * to an upload still committing, and are left alone.
   */
  private List<String> quarantine(List<String> orphans) {
    Path quarantine = files.root().resolveSibling("photos-quarantine");
    Instant cutoff = Instant.now().minus(ORPHAN_GRACE);
    List<String> moved = new ArrayList<>();
    for (String orphan : orphans) {
      Path p = files.root().resolve(orphan);
      try {
        if (Files.getLastModifiedTime(p).toInstant().isAfter(cutoff)) {
          continue;
        }
        Path target = quarantine.resolve(orphan);
        Files.createDirectories(target.getParent());
        Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
        moved.add(orphan);
        log.warn("Photo integrity: orphan file {} moved to {}", orphan, quarantine);
      } catch (IOException e) {
        log.warn(
            "Photo integrity: could not quarantine orphan file {}: {}", orphan, e.getMessage());
      }
    }
    return moved;
  }

  private List<String> orphans(Set<Path> known) {
    if (!Files.isDirectory(files.root())) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(files.root(), 2)) {
      return all.filter(Files::isRegularFile)
          .filter(p -> !known.contains(p))
          .map(p -> files.root().relativize(p).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
