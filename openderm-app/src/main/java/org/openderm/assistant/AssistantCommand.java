package org.openderm.assistant;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code openderm assistant}: commands of the patient assistant (plain Java, no Spring). */
@Command(
    name = "assistant",
    mixinStandardHelpOptions = true,
    description = "Patient assistant: evaluation of retrieval, red flags and refusals.",
    subcommands = {AssistantCommand.Evaluate.class})
public final class AssistantCommand {

  /** {@code openderm assistant evaluate [--json] [--medquad DIR] [--failures]}. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Run the evaluation questions (knowledge/eval/questions.tsv) and print "
              + "top-1/top-3 retrieval accuracy, red-flag recall/precision, refusal accuracy and "
              + "answer time; then the red-flag set (knowledge/eval/redflags.tsv): recall per "
              + "red flag and over-alarm on the controls.")
  static final class Evaluate implements Callable<Integer> {

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(
        names = "--medquad",
        paramLabel = "DIR",
        description =
            "Also check coverage on the MedQuAD consumer questions in DIR "
                + "(e.g. ../shared/data/medquad-derm).")
    Path medquad;

    @Option(
        names = "--min-coverage",
        paramLabel = "C",
        description =
            "Coverage below which the answer is \"I don't know\" (default ${DEFAULT-VALUE}).")
    double minCoverage = Threshold.DEFAULT.minCoverage();

    @Option(
        names = "--min-score",
        paramLabel = "S",
        description =
            "Score below which the answer is \"I don't know\" (default ${DEFAULT-VALUE}).")
    double minScore = Threshold.DEFAULT.minScore();

    @Option(names = "--failures", description = "List the questions that missed.")
    boolean failures;

    @Override
    public Integer call() {
      if (medquad != null && !java.nio.file.Files.isDirectory(medquad)) {
        System.err.println("No MedQuAD folder at " + medquad.toAbsolutePath());
        return 2;
      }
      long start = System.nanoTime();
      ClasspathContent content = new ClasspathContent(AssistantCommand.class.getClassLoader());
      AssistantService assistant =
          new AssistantService(
              content, KnowledgeBase.DEFAULT_FOLDER, new Threshold(minCoverage, minScore));
      double loadMillis = (System.nanoTime() - start) / 1e6;
      String file = "knowledge/eval/questions.tsv";
      var questions = EvaluationQuestion.parse(file, content.require(file));
      System.err.printf(
          "Evaluating %d questions over %d articles...%n",
          questions.size(), assistant.articleCount());
      EvaluationReport report = new Evaluator(assistant).run(questions, true);
      MedquadCoverage.Result coverage =
          medquad == null ? null : new MedquadCoverage(assistant).run(medquad);
      var redFlagQuestions =
          RedFlagQuestion.parse(RedFlagEvaluation.FILE, content.require(RedFlagEvaluation.FILE));
      System.err.printf("Evaluating %d red-flag questions...%n", redFlagQuestions.size());
      RedFlagEvaluation.Report redFlags = new RedFlagEvaluation(assistant).run(redFlagQuestions);
      if (json) {
        var mapper = JsonMapper.builder().build();
        var out = new java.util.LinkedHashMap<String, Object>();
        out.put("articles", assistant.articleCount());
        out.put("loadMillis", loadMillis);
        out.put("evaluation", report);
        out.put("redFlags", redFlags);
        if (coverage != null) {
          out.put("medquad", coverage);
        }
        System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
      } else {
        ReportPrinter.print(report, coverage, assistant.articleCount(), loadMillis, failures);
        System.out.println();
        RedFlagEvaluation.print(redFlags, failures);
      }
      return 0;
    }
  }
}
