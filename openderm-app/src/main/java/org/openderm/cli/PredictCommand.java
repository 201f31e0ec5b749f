package org.openderm.cli;

import org.openderm.triage.TriagePredictCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openderm predict}: groups the predict sub-commands (plain Java, no Spring). */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Run a model over a folder of images.",
    subcommands = {TriagePredictCommand.class})
final class PredictCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
