package org.openderm.cli;

import org.openderm.triage.TriageBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openderm bench}: groups the bench sub-commands (plain Java, no Spring). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure a model's speed.",
    subcommands = {TriageBenchCommand.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
