package org.openderm.ml.card;

import java.util.Locale;
import java.util.Map;
import org.openderm.ml.lesion.ImagePrep;
import org.openderm.ml.training.Evaluation;
import org.openderm.ml.training.FinishReport;
import org.openderm.ml.training.Metrics.Estimate;

/** The Markdown rendering of the model card. */
final class CardMarkdown {

  private CardMarkdown() {}

  static String render(FinishReport r, String sha256) {
    StringBuilder md = new StringBuilder();
    Evaluation.Report v = r.validation();
    md.append("# Model card: OpenDerm lesion triage ")
        .append(r.settings().version())
        .append("\n\n");
    md.append("Weights SHA-256: `").append(sha256).append("`\n\n");
    md.append("## Licence\n\n").append(CardText.LICENCE).append("\n\n");
    md.append("## Intended use\n\n").append(CardText.INTENDED).append("\n\n");
    md.append("## Out of scope\n\n").append(CardText.OUT_OF_SCOPE).append("\n\n");
    md.append("## Limitations and bias\n\n").append(CardText.LIMITATIONS).append("\n\n");
    md.append("## Data\n\n").append(CardText.DATASET).append("\n\n");
    md.append(
        f(
            "Split by lesion_id (seeded, stratified, `split.csv`): %d training images of %d"
                + " lesions, %d validation images of %d lesions.%n%n",
            r.trainImages(), r.trainLesions(), r.valImages(), r.valLesions()));
    md.append("## Architecture and training\n\n").append(CardText.JUSTIFICATION).append("\n\n");
    md.append(
        f(
            "%d parameters, input %d px, %d epochs in %.1f minutes (DJL 0.35.1, PyTorch"
                + " 2.7.1 CPU). %s%n%n",
            r.parameters(), ImagePrep.INPUT, r.epochs(), r.trainMinutes(), r.recipe()));
    md.append("## Validation (95% bootstrap CIs)\n\n");
    md.append("| metric | value | 95% CI |\n|---|---|---|\n");
    row(md, "balanced accuracy (ISIC 2018 metric)", v.balancedAccuracy());
    row(md, "melanoma AUROC (one vs rest)", v.melanomaAuroc());
    md.append(f("| ECE before calibration | %.3f | |%n", r.eceUncalibrated()));
    row(
        md,
        "ECE after temperature scaling (T = " + f("%.3f", r.settings().temperature()) + ")",
        v.ece());
    md.append("\n| class | n | sensitivity | specificity | AUROC |\n|---|---|---|---|---|\n");
    for (Evaluation.ClassMetrics c : v.perClass()) {
      md.append(
          f(
              "| %s | %d | %s | %s | %s |%n",
              c.code(), c.n(), ci(c.sensitivity()), ci(c.specificity()), ci(c.auroc())));
    }
    md.append("\n![ROC](roc.png) ![Reliability](reliability.png) ![Confusion](confusion.png)\n\n");
    referral(md, r);
    subgroups(md, r);
    external(md, r);
    md.append("## Out-of-scope detection\n\n");
    md.append(
        f(
            "Mahalanobis score threshold %.1f (97.5th percentile of validation lesions)."
                + " Share flagged (generated images, %d per category):%n%n",
            r.settings().outOfScope(), org.openderm.ml.training.OutOfScopeSuite.PER_CATEGORY));
    for (Map.Entry<String, Double> e : r.outOfScope().entrySet()) {
      md.append(f("- %s: %.1f%%%n", e.getKey(), 100 * e.getValue()));
    }
    md.append(
        f(
            "%nLow-confidence abstention (top probability < %.3f): %.1f%% of validation.%n",
            r.settings().lowConfidence(), 100 * r.lowConfidenceRate()));
    return md.toString();
  }

  private static void referral(StringBuilder md, FinishReport r) {
    md.append("## Referral thresholds\n\n");
    md.append(
        f(
            "- urgent: P(mel) >= %.4f; on validation melanoma sensitivity %.3f, specificity"
                + " %.3f (the cost of catching 90%% of melanomas).%n",
            r.urgent().threshold(), r.urgent().sensitivity(), r.urgent().specificity()));
    md.append(
        f(
            "- soon: P(mel)+P(bcc)+P(akiec) >= %.4f; malignant sensitivity %.3f,"
                + " specificity %.3f.%n- routine: otherwise.%n%n",
            r.soon().threshold(), r.soon().sensitivity(), r.soon().specificity()));
  }

  private static void subgroups(StringBuilder md, FinishReport r) {
    md.append("## Subgroups (validation; groups under 20 images omitted)\n\n");
    md.append("| variable | value | n | melanomas | balanced accuracy | melanoma AUROC |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Evaluation.Subgroup s : r.subgroups()) {
      md.append(
          f(
              "| %s | %s | %d | %d | %s | %s |%n",
              s.variable(),
              s.value(),
              s.n(),
              s.melanomas(),
              ci(s.balancedAccuracy()),
              ci(s.melanomaAuroc())));
    }
    md.append(
        "\nNo skin-type (Fitzpatrick) field exists in HAM10000: fairness across skin"
            + " colour cannot be measured here.\n\n");
  }

  private static void external(StringBuilder md, FinishReport r) {
    md.append("## Lesion outline\n\n");
    md.append(
        f(
            "The outline shown with each result (area, diameters, asymmetry, border compactness)"
                + " comes from the separate lesion outline network"
                + " (`models/lesion-segmentation/outline-card.md`): on these %d validation images,"
                + " mean IoU %.3f, Dice %.3f.%n%n",
            r.segmentation().images(), r.segmentation().meanIou(), r.segmentation().meanDice()));
    md.append("## External validation: isic-557\n\n");
    FinishReport.External e = r.external();
    if (e == null) {
      md.append("Not run.\n\n");
      return;
    }
    md.append(
        f(
            "%d images (%d melanomas), melanoma-vs-nevus AUROC of P(mel): %s. At the urgent"
                + " threshold: sensitivity %.3f, specificity %.3f.%n%n",
            e.images(),
            e.melanomas(),
            ci(e.melanomaAuroc()),
            e.urgent().sensitivity(),
            e.urgent().specificity()));
  }

  private static void row(StringBuilder md, String name, Estimate e) {
    md.append(f("| %s | %.3f | %.3f-%.3f |%n", name, e.value(), e.low(), e.high()));
  }

  private static String ci(Estimate e) {
    return Double.isNaN(e.value()) ? "n/a" : f("%.3f (%.3f-%.3f)", e.value(), e.low(), e.high());
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }
}
