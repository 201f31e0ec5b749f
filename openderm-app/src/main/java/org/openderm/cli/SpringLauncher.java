package org.openderm.cli;

import java.util.Map;
import java.util.TreeMap;
import org.openderm.OpenDermApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for the commands that need the database or the server. */
public final class SpringLauncher {

  private SpringLauncher() {}

  /** Starts the web server with these properties. */
  public static ConfigurableApplicationContext server(Map<String, Object> properties) {
    return builder().web(WebApplicationType.SERVLET).run(args(properties));
  }

  /** Starts the application without a web server, for a command that uses its services. */
  public static ConfigurableApplicationContext offline(Map<String, Object> properties) {
    Map<String, Object> props = new TreeMap<>(properties);
    props.put("spring.main.banner-mode", "off");
    props.put("logging.level.root", "WARN");
    return builder().web(WebApplicationType.NONE).run(args(props));
  }

  private static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(OpenDermApplication.class);
  }

  /** Command-line arguments outrank application.properties, as options given by hand should. */
  private static String[] args(Map<String, Object> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }
}
