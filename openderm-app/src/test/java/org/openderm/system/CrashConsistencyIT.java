package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openderm.support.Api;

/**
 * Runs the packaged server, lets clients register patients and record consents, kills the server
 * with SIGKILL mid-stream, restarts it on the same data directory and checks that every write that
 * was answered 2xx is there and that the audit chain verifies.
 */
class CrashConsistencyIT {

  private static final String PASSWORD = "crash-test-password";

  record Ack(String patientId, String purpose, int version) {}

  @Test
  void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-");
    int port = freePort();
    Process server = start(dataDir, port);
    ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      waitUntilUp(port, server);
      for (int c = 0; c < 4; c++) {
        clients.submit(() -> writeUntilStopped(port, running, acks));
      }
      Thread.sleep(12000);
      // SIGKILL the server and its database at once, as a power cut would: no shutdown hooks.
      long postmaster =
          Long.parseLong(
              Files.readAllLines(dataDir.resolve("postgres/cluster/postmaster.pid"))
                  .get(0)
                  .strip());
      server.destroyForcibly();
      ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
      server.waitFor(30, TimeUnit.SECONDS);
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(60, TimeUnit.SECONDS);
      assertThat(acks).as("writes acknowledged before the kill").isNotEmpty();

      server = start(dataDir, port);
      waitUntilUp(port, server);
      Api dermato = new Api(port, "dermato", PASSWORD);
      for (Ack ack : acks) {
        var history = dermato.get("/api/v1/patients/" + ack.patientId() + "/consents?history=true");
        assertThat(history.status()).as("patient " + ack.patientId()).isEqualTo(200);
        boolean found = false;
        for (var d : history.json()) {
          found |=
              d.path("purpose").asString().equals(ack.purpose())
                  && d.path("version").asInt() == ack.version();
        }
        assertThat(found).as("acknowledged consent " + ack).isTrue();
      }
      var verify = new Api(port, "admin", PASSWORD).get("/api/v1/audit/verify").json();
      assertThat(verify.path("valid").asBoolean()).as(verify.toString()).isTrue();
      assertThat(verify.path("entries").asLong()).isGreaterThanOrEqualTo(acks.size());
      System.out.printf(
          "Crash test: %d acknowledged consent writes all present after SIGKILL; "
              + "audit chain of %d entries intact%n",
          acks.size(), verify.path("entries").asLong());
    } finally {
      running.set(false);
      clients.shutdownNow();
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static void writeUntilStopped(
      int port, AtomicBoolean running, ConcurrentLinkedQueue<Ack> acks) {
    Api api = new Api(port, "dermato", PASSWORD);
    String[] purposes = {"CARE", "RESEARCH", "EDUCATION", "AI_ANALYSIS"};
    int n = 0;
    while (running.get()) {
      try {
        var p =
            api.post(
                "/api/v1/patients",
                Map.of(
                    "givenName",
                    "Crash",
                    "familyName",
                    "Test" + n,
                    "birthDate",
                    "1980-01-01",
                    "sex",
                    "unknown"));
        if (p.status() != 201) {
          continue;
        }
        String id = p.json().path("id").asString();
        for (String purpose : purposes) {
          var r =
              api.post(
                  "/api/v1/patients/" + id + "/consents",
                  Map.of("purpose", purpose, "granted", n % 2 == 0));
          if (r.status() == 201) {
            acks.add(new Ack(id, purpose, r.json().path("version").asInt()));
          }
        }
        n++;
      } catch (RuntimeException connectionLost) {
        return;
      }
    }
  }

  private static Process start(Path dataDir, int port) throws IOException {
    Path jar = Path.of("target", "openderm.jar").toAbsolutePath();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "serve",
                "--demo",
                "--port",
                Integer.toString(port),
                "--data-dir",
                dataDir.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
    pb.environment().put("OPENDERM_DEMO_PASSWORD", PASSWORD);
    return pb.start();
  }

  private static void waitUntilUp(int port, Process server) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    Api anonymous = new Api(port, null, null);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new AssertionError("server exited with " + server.exitValue() + "; see server.log");
      }
      try {
        if (anonymous.get("/actuator/health").status() == 200
            && new Api(port, "dermato", PASSWORD).get("/api/v1/patients").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("server did not start within 4 minutes");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
