package org.openderm.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openderm serve}: the web server, with embedded PostgreSQL unless one is configured. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the OpenDerm server.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080).")
  int port;

  @Option(
      names = "--data-dir",
      defaultValue = "./openderm-data",
      description = "Data directory: embedded database, keys, photos (default ./openderm-data).")
  Path dataDir;

  @Option(names = "--demo", description = "Seed demo accounts and patients. Never in production.")
  boolean demo;

  @Override
  public Integer call() {
    Map<String, Object> props = new HashMap<>();
    props.put("server.port", port);
    props.put("openderm.data-dir", dataDir.toAbsolutePath().normalize().toString());
    props.put("openderm.demo", demo);
    ConfigurableApplicationContext context = SpringLauncher.server(props);
    System.out.printf(
        "%nOpenDerm is running at http://localhost:%d/%s%n",
        port, demo ? "  (demo accounts: admin, dermato, gp, patient, learner)" : "");
    // The web server's threads keep the JVM alive; exit code 0 once it is shut down.
    context.registerShutdownHook();
    return waitForShutdown(context);
  }

  private static int waitForShutdown(ConfigurableApplicationContext context) {
    while (context.isActive()) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return 0;
  }
}
