package org.openderm.triage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openderm.ml.card.Json;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.ModelIntegrityException;
import org.openderm.ml.training.Evaluation;
import org.openderm.ml.training.Metrics.Estimate;
import org.openderm.ml.training.TriageEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openderm evaluate triage}: metrics of the lesion model on labelled images, with 95%
 * bootstrap confidence intervals; {@code --json} prints them as JSON.
 */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    description = "Evaluate the lesion triage model on labelled images.")
public final class TriageEvaluateCommand implements Callable<Integer> {

  @Option(names = "--images", required = true, description = "Folder of images.")
  Path images;

  @Option(
      names = "--labels",
      required = true,
      description = "CSV: HAM10000 metadata (dx), ISIC 2018 one-hot, or isic-557 (diagnosis).")
  Path labels;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--model", description = "Model folder (default: the bundled model).")
  Path model;

  @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default 42).")
  long seed;

  @Override
  public Integer call() throws Exception {
    TriageEvaluator.Result r;
    try (LesionTriage triage = TriageModels.open(model)) {
      r = TriageEvaluator.evaluate(triage, images, labels, seed);
    } catch (ModelIntegrityException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    Map<String, Object> m = toMap(r);
    if (json) {
      System.out.print(Json.write(m));
    } else {
      Evaluation.Report rep = r.report();
      System.out.printf(
          Locale.ROOT,
          "images %d (labelled %d, missing %d, unreadable %d)," + " abstained %d%n",
          rep.n(),
          r.labelled(),
          r.missing(),
          r.unreadable(),
          r.abstained());
      System.out.println("balanced accuracy " + fmt(rep.balancedAccuracy()));
      System.out.println("melanoma AUROC    " + fmt(rep.melanomaAuroc()));
      System.out.println("ECE               " + fmt(rep.ece()));
      for (Evaluation.ClassMetrics c : rep.perClass()) {
        System.out.printf(
            Locale.ROOT,
            "%-6s n=%4d sens %s spec %s auroc %s%n",
            c.code(),
            c.n(),
            fmt(c.sensitivity()),
            fmt(c.specificity()),
            fmt(c.auroc()));
      }
    }
    return 0;
  }

  static Map<String, Object> toMap(TriageEvaluator.Result r) {
    Evaluation.Report rep = r.report();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("images", rep.n());
    m.put("labelled", r.labelled());
    m.put("missing", r.missing());
    m.put("unreadable", r.unreadable());
    m.put("abstained", r.abstained());
    m.put("balancedAccuracy", est(rep.balancedAccuracy()));
    m.put("melanomaAuroc", est(rep.melanomaAuroc()));
    m.put("ece", est(rep.ece()));
    m.put(
        "perClass",
        rep.perClass().stream()
            .map(
                c -> {
                  Map<String, Object> e = new LinkedHashMap<>();
                  e.put("class", c.code());
                  e.put("n", c.n());
                  e.put("sensitivity", est(c.sensitivity()));
                  e.put("specificity", est(c.specificity()));
                  e.put("auroc", est(c.auroc()));
                  return e;
                })
            .toList());
    m.put("confusion", rep.confusion());
    return m;
  }

  private static Map<String, Object> est(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", e.value());
    m.put("ci95", List.of(e.low(), e.high()));
    return m;
  }

  private static String fmt(Estimate e) {
    return Double.isNaN(e.value())
        ? "n/a"
        : String.format(Locale.ROOT, "%.3f (95%% CI %.3f-%.3f)", e.value(), e.low(), e.high());
  }
}
