package org.openderm.cli;

import org.openderm.triage.TriageEvaluateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openderm evaluate}: groups the evaluate sub-commands (plain Java, no Spring). */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Evaluate a model on labelled images.",
    subcommands = {TriageEvaluateCommand.class})
final class EvaluateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
