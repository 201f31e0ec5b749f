package org.openderm.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * The encrypted photo files under {@code <data-dir>/photos}, named by the server-generated photo id
 * only (never by anything the client sent).
 *
 * <p>Writes are crash-safe: a temporary file in the same folder is written and fsynced, atomically
 * renamed to its final name, and the folder is fsynced so that the rename itself survives a power
 * cut. Only then does the caller commit the database row.
 */
final class PhotoFiles {

  private final Path root;

  PhotoFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** {@code photos/ab/<uuid>.odp}: two-character fan-out keeps folders small. */
  Path path(UUID photoId) {
    String id = photoId.toString();
    return root.resolve(id.substring(0, 2)).resolve(id + ".odp");
  }

  void write(UUID photoId, byte[] content) {
    Path target = path(photoId);
    Path dir = target.getParent();
    Path tmp = null;
    try {
      createPrivateDirectories(dir);
      tmp = Files.createTempFile(dir, "." + photoId, ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      fsyncDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store photo file", e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  byte[] read(UUID photoId) {
    try {
      return Files.readAllBytes(path(photoId));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new PhotoIntegrityException("The stored photo file is missing.");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read photo file", e);
    }
  }

  /** Removes a file whose database row was rolled back. */
  void delete(UUID photoId) {
    deleteQuietly(path(photoId));
  }

  private void createPrivateDirectories(Path dir) throws IOException {
    for (Path d : new Path[] {root, dir}) {
      if (!Files.isDirectory(d)) {
        Files.createDirectories(d);
        try {
          Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException ignored) {
          // Not a POSIX file system: rely on the data directory's own protection.
        }
      }
    }
  }

  private static void fsyncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException ignored) {
      // Some platforms cannot open a directory; the file itself was fsynced before the rename.
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // Left for the integrity check to report as an orphan.
      }
    }
  }
}
