package org.openderm.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One OpenDerm process per data directory: an OS file lock on {@code <data-dir>/openderm.lock},
 * held until the process exits (the OS frees it even after kill -9, so a crash leaves no stale
 * lock). A command-line tool started beside a running server sees the lock and stops there, instead
 * of taking the server's database for an orphan and stopping it.
 */
public final class DataDirLock {

  private static final Map<Path, FileLock> HELD = new HashMap<>();

  private DataDirLock() {}

  /** Takes the lock for this process, or throws {@link DataDirInUseException}. */
  public static synchronized void acquire(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (HELD.containsKey(dir)) {
      return;
    }
    try {
      Files.createDirectories(dir);
      FileChannel channel =
          FileChannel.open(
              dir.resolve("openderm.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameProcess) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new DataDirInUseException(dir);
      }
      HELD.put(dir, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock the data directory " + dir, e);
    }
  }

  /** Whether another process holds the lock of {@code dataDir} (a server is running on it). */
  public static synchronized boolean inUseByAnother(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (HELD.containsKey(dir) || !Files.exists(dir.resolve("openderm.lock"))) {
      return false;
    }
    try (FileChannel channel =
        FileChannel.open(dir.resolve("openderm.lock"), StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException sameProcess) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** Thrown when another OpenDerm process runs on the data directory. */
  public static final class DataDirInUseException extends IllegalStateException {
    DataDirInUseException(Path dir) {
      super(
          "An OpenDerm server is running on "
              + dir
              + ": stop it first, or ask it (GET /api/v1/audit/verify as an administrator).");
    }
  }
}
