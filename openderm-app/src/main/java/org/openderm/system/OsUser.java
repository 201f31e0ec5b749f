package org.openderm.system;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;

/**
 * The operating-system account that runs the embedded database: the current one, or, when OpenDerm
 * runs as root, an unprivileged system account reached through {@code setpriv}.
 */
record OsUser(String name, String group, boolean switchNeeded) {

  private static final List<String> CANDIDATES = List.of("openderm", "postgres", "nobody");

  static OsUser forDatabase() throws IOException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return new OsUser(System.getProperty("user.name"), null, false);
    }
    for (String candidate : CANDIDATES) {
      String group = primaryGroup(candidate);
      if (group != null) {
        return new OsUser(candidate, group, true);
      }
    }
    throw new IOException(
        "running as root and none of "
            + CANDIDATES
            + " exists to run "
            + "PostgreSQL; create a system user 'openderm' or run OpenDerm as a normal user");
  }

  List<String> wrap(List<String> command) {
    if (!switchNeeded) {
      return command;
    }
    List<String> wrapped =
        new ArrayList<>(
            List.of(
                "setpriv",
                "--reuid=" + name,
                "--regid=" + group,
                "--clear-groups",
                "--reset-env",
                "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  /**
   * Fails clearly when this account cannot reach {@code dir} (when the database runs as another
   * account, every parent directory must let it through). Without this check initdb fails later
   * with a misleading "cannot open shared object file".
   */
  void checkCanReach(Path dir) throws IOException {
    if (!switchNeeded) {
      return;
    }
    Process p =
        new ProcessBuilder(wrap(List.of("test", "-x", dir.toString())))
            .redirectErrorStream(true)
            .start();
    try {
      if (p.waitFor() != 0) {
        throw new IOException(
            "the database account '"
                + name
                + "' cannot reach "
                + dir
                + ": a parent directory is closed to other users (for example mode 700)."
                + " Allow others to traverse it (chmod o+x) or choose a data directory elsewhere");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Gives {@code path} (recursively) to this account, when the database runs as another one. */
  void own(Path path) throws IOException {
    if (!switchNeeded || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal user = lookup.lookupPrincipalByName(name);
    GroupPrincipal grp = lookup.lookupPrincipalByGroupName(group);
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            chown(dir, user, grp);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            chown(file, user, grp);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void chown(Path p, UserPrincipal user, GroupPrincipal grp) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (!user.equals(view.getOwner())) {
      view.setOwner(user);
      view.setGroup(grp);
    }
  }

  private static String primaryGroup(String user) throws IOException {
    for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
      String[] f = line.split(":");
      if (f.length > 3 && f[0].equals(user)) {
        return groupName(f[3]);
      }
    }
    return null;
  }

  private static String groupName(String gid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/etc/group"))) {
      String[] f = line.split(":");
      if (f.length > 2 && f[2].equals(gid)) {
        return f[0];
      }
    }
    return gid;
  }
}
