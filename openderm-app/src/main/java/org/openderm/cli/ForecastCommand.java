package org.openderm.cli;

import picocli.CommandLine.Command;

/** {@code openderm forecast}: the flare-forecasting tools (plain Java, no Spring). */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = "Eczema severity forecasting tools.",
    subcommands = {ForecastEvaluateCommand.class, ForecastSyntheticCommand.class})
final class ForecastCommand {}
