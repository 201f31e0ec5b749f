package org.openderm.cli;

import org.openderm.assistant.AssistantCommand;
import org.openderm.learning.LearningCommand;
import org.openderm.photo.QualityTimingCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bin/openderm} command line: one sub-command per task.
 *
 * <p>Features add their command classes to {@code subcommands}; a command that needs the database
 * or the server starts Spring through {@link SpringLauncher}, the others (training, evaluation) run
 * as plain Java.
 */
@Command(
    name = "openderm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "OpenDerm: local-first dermatology platform.",
    subcommands = {
      ServeCommand.class,
      AuditCommand.class,
      KeysCommand.class,
      LearningCommand.class,
      ForecastCommand.class,
      QualityBenchmarkCommand.class,
      QualityTimingCommand.class,
      AssistantCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      PredictCommand.class,
      BenchCommand.class
    })
public final class OpenDermCli {

  private OpenDermCli() {}

  /** Runs the command line and returns the process exit code. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new OpenDermCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    if (args.length == 0) {
      cli.usage(System.out);
      return 0;
    }
    return cli.execute(args);
  }
}
