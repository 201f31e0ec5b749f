package org.openderm.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writing secrets and records to disk: owner-only permissions, fsync, then atomic rename. */
public final class SecureFiles {

  private SecureFiles() {}

  /**
   * Writes {@code content} to {@code file} readable by the owner only, durably and atomically; a
   * folder created for it is owner-only too.
   */
  public static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.exists(dir)) {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
    Path tmp =
        Files.createTempFile(
            dir,
            ".tmp-",
            ".part",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(content));
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      fsyncDirectory(dir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Makes a rename in {@code dir} durable. */
  public static void fsyncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }
}
