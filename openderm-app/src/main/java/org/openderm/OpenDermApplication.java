package org.openderm;

import org.openderm.cli.OpenDermCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The OpenDerm server and its command line.
 *
 * <p>{@code main} hands the arguments to the command line ({@code serve}, {@code audit verify},
 * ...); {@code serve} starts this Spring Boot application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenDermApplication {

  public static void main(String[] args) {
    System.exit(OpenDermCli.run(args));
  }
}
