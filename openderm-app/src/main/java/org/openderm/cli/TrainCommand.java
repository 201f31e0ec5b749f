package org.openderm.cli;

import org.openderm.triage.OutlineTrainCommand;
import org.openderm.triage.TriageTrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openderm train}: groups the train sub-commands (plain Java, no Spring). */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model.",
    subcommands = {TriageTrainCommand.class, OutlineTrainCommand.class})
final class TrainCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
