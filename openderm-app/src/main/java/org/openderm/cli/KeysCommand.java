package org.openderm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openderm.privacy.KeyRing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openderm keys generate}: creates the master key file for a production install. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Key management.",
    subcommands = KeysCommand.Generate.class)
final class KeysCommand {

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = "Write a new random 256-bit master key (owner-readable only).")
  static final class Generate implements Callable<Integer> {

    @Option(names = "--out", description = "Key file (default <data-dir>/keys/master.key).")
    Path out;

    @Option(names = "--data-dir", defaultValue = "./openderm-data", description = "Data directory.")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
      Path file = out != null ? out : KeyRing.defaultKeyFile(dataDir);
      if (Files.exists(file)) {
        System.err.println(
            "Refusing to overwrite the existing key "
                + file
                + ": data encrypted with it would be lost.");
        return 1;
      }
      KeyRing.writeNewKey(file);
      System.out.println(
          "Master key written to "
              + file
              + ". Back it up safely: without it, "
              + "patient identities and photos cannot be decrypted.");
      return 0;
    }
  }
}
