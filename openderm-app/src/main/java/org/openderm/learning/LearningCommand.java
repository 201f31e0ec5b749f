package org.openderm.learning;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openderm learning ...}: checks of the teaching content, in plain Java (no Spring). */
@Command(
    name = "learning",
    mixinStandardHelpOptions = true,
    description = "Learning module: check the teaching content and image sets.",
    subcommands = {LearningCommand.Check.class})
public final class LearningCommand {

  /** {@code openderm learning check}: validates the content and counts the quiz images. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Validates the case vignettes and class guides against their schema and counts the"
              + " quiz images found under --data. Exit 0 when the content is valid.")
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        defaultValue = "../shared/data",
        description = "Folder holding isic-557/ and ham10000/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      LearningContent content;
      try {
        content = LearningContent.load();
      } catch (LearningContentException e) {
        spec.commandLine().getErr().println(e.code() + " " + e.getMessage());
        return 1;
      }
      Map<String, Integer> topics = new TreeMap<>();
      content.cases().forEach(c -> topics.merge(c.topic(), 1, Integer::sum));
      long soc = content.cases().stream().filter(c -> c.tags().contains("skin-of-colour")).count();
      out.printf("cases: %d valid (%d on skin of colour)%n", content.cases().size(), soc);
      topics.forEach((t, n) -> out.printf("  %-22s %d%n", t, n));
      out.printf("class guides: %d valid%n", LesionClass.values().length);
      ItemBank bank = ItemBank.load(data);
      for (ImageSource s : ImageSource.values()) {
        out.printf("images %s: %d", s.folder(), bank.size(s));
        for (LesionClass c : s.choices()) {
          out.printf(" %s=%d", c.code(), bank.items(s, c).size());
        }
        out.println();
      }
      out.printf("label rows left out: %d%n", bank.skipped());
      out.flush();
      return 0;
    }
  }
}
