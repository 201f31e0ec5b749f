package org.openderm.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server that OpenDerm runs itself, from zonky's embedded binaries, with its data
 * kept in the data directory across restarts.
 *
 * <p>Why not zonky's own lifecycle: PostgreSQL refuses to run as root, and clinics and CI often
 * start OpenDerm as root. When it runs as root, this class starts the database as an unprivileged
 * system user ({@code openderm}, else {@code postgres}, else {@code nobody}) through {@code
 * setpriv}. The server listens on 127.0.0.1 only, on a free port, with password (SCRAM)
 * authentication; the password is generated once and kept in the data directory, readable by the
 * owner only. A server left running by a process that was killed is stopped and restarted.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  static final String VERSION = "17.6.0";
  static final String DATABASE = "openderm";
  static final String USER = "openderm";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

  private static final java.util.Map<Path, EmbeddedPostgres> RUNNING = new java.util.HashMap<>();

  private final PostgresFiles files;
  private final OsUser runAs;
  private final int port;
  private final String password;
  private int users;
  private boolean stopped;

  private EmbeddedPostgres(PostgresFiles files, OsUser runAs, int port, String password) {
    this.files = files;
    this.runAs = runAs;
    this.port = port;
    this.password = password;
  }

  /**
   * Returns the server for {@code dataDir}, starting it if this process has not yet: several Spring
   * contexts in one JVM (as in tests) share one server, which stops when the last one releases it
   * or when the JVM exits.
   */
  public static synchronized EmbeddedPostgres acquire(Path dataDir) {
    Path key = dataDir.toAbsolutePath().normalize();
    EmbeddedPostgres server = RUNNING.get(key);
    if (server == null) {
      // Another OpenDerm process (a running server) owns this data directory: starting here would
      // take its database for an orphan and stop it. Refuse, clearly.
      DataDirLock.acquire(key);
      server = start(key);
      RUNNING.put(key, server);
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-postgres-stop"));
    }
    server.users++;
    return server;
  }

  /** Releases one use of the server; the last release stops it. */
  @Override
  public void close() {
    synchronized (EmbeddedPostgres.class) {
      if (--users > 0) {
        return;
      }
      RUNNING.values().remove(this);
    }
    stop();
  }

  /** Starts (initialising on first use) the server whose data lives under {@code dataDir}. */
  static EmbeddedPostgres start(Path dataDir) {
    try {
      PostgresFiles files = PostgresFiles.prepare(dataDir.toAbsolutePath(), VERSION);
      OsUser runAs = OsUser.forDatabase();
      String password = readOrCreatePassword(files.passwordFile());
      runAs.own(files.clusterDir().getParent());
      runAs.checkCanReach(files.clusterDir().getParent());
      EmbeddedPostgres server = new EmbeddedPostgres(files, runAs, freePort(), password);
      server.stopOrphan();
      if (!Files.exists(files.clusterDir().resolve("PG_VERSION"))) {
        server.initdb();
      }
      server.pgctl(
          "start", "-w", "-t", "120", "-l", files.logFile().toString(), "-o", server.opts());
      server.createDatabaseIfMissing();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String username() {
    return USER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      pgctl("stop", "-m", "fast", "-w", "-t", "60");
    } catch (IOException | RuntimeException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }

  private String opts() {
    return "-p "
        + port
        + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        + " -c max_connections=100 -c shared_buffers=64MB -c fsync=on";
  }

  private void initdb() throws IOException {
    Path pwFile = files.clusterDir().resolveSibling("initdb.pw");
    Files.writeString(pwFile, password, StandardCharsets.UTF_8);
    runAs.own(pwFile);
    try {
      run(
          List.of(
              files.bin("initdb").toString(),
              "-D",
              files.clusterDir().toString(),
              "-U",
              USER,
              "--pwfile=" + pwFile,
              "-A",
              "scram-sha-256",
              "-E",
              "UTF8",
              "--locale=C.UTF-8"));
    } finally {
      Files.deleteIfExists(pwFile);
    }
  }

  private void createDatabaseIfMissing() throws IOException {
    try (var conn =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, password);
        var st = conn.createStatement()) {
      var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
      if (!rs.next()) {
        st.execute("create database " + DATABASE);
      }
    } catch (java.sql.SQLException e) {
      throw new IOException("could not create the database: " + e.getMessage(), e);
    }
  }

  /** Stops a server still running on this cluster after its owner process was killed. */
  private void stopOrphan() throws IOException {
    if (Files.exists(files.clusterDir().resolve("postmaster.pid"))) {
      log.info("Embedded PostgreSQL: a previous server is still registered; stopping it first");
      try {
        pgctl("stop", "-m", "fast", "-w", "-t", "60");
      } catch (IOException e) {
        log.info("Embedded PostgreSQL: no previous server was running");
      }
    }
  }

  private void pgctl(String... args) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(files.bin("pg_ctl").toString(), "-D", files.clusterDir().toString()));
    cmd.addAll(List.of(args));
    run(cmd);
  }

  private void run(List<String> command) throws IOException {
    List<String> full = runAs.wrap(command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          Path.of(command.get(0)).getFileName()
              + " failed ("
              + process.exitValue()
              + "): "
              + output.strip());
    }
  }

  private static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = HexFormat.of().formatHex(bytes);
    SecureFiles.writeOwnerOnly(file, password.getBytes(StandardCharsets.UTF_8));
    return password;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
