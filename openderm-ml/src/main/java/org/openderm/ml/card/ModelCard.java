package org.openderm.ml.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openderm.ml.lesion.ImagePrep;
import org.openderm.ml.training.Evaluation;
import org.openderm.ml.training.FinishReport;
import org.openderm.ml.training.Metrics.Estimate;

/**
 * Writes the lesion model's card (Mitchell et al., "Model Cards for Model Reporting", FAT* 2019) as
 * {@code model-card.json}, {@code model-card.md} and PNG plots in the model folder.
 */
public final class ModelCard {

  private ModelCard() {}

  /** Writes the card and plots for a finished model. */
  public static void write(FinishReport r, String sha256, Path dir) throws IOException {
    Plots.roc(r.valProbabilities(), r.valTruth(), dir.resolve("roc.png"));
    Plots.reliability(r.valProbabilities(), r.valTruth(), dir.resolve("reliability.png"));
    Plots.confusion(r.validation().confusion(), dir.resolve("confusion.png"));
    Map<String, Object> card = toMap(r, sha256);
    Files.writeString(dir.resolve("model-card.json"), Json.write(card), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("model-card.md"), CardMarkdown.render(r, sha256), StandardCharsets.UTF_8);
  }

  static Map<String, Object> toMap(FinishReport r, String sha256) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "openderm-lesion-triage");
    m.put("version", r.settings().version());
    m.put("weightsSha256", sha256);
    m.put("licence", CardText.LICENCE);
    m.put("intendedUse", CardText.INTENDED);
    m.put("outOfScopeUses", CardText.OUT_OF_SCOPE);
    m.put("limitations", CardText.LIMITATIONS);
    m.put("data", data(r));
    m.put("architecture", architecture(r));
    m.put("training", training(r));
    m.put("validation", validation(r));
    m.put(
        "calibration",
        Map.of(
            "method",
            "temperature scaling (NLL on validation)",
            "temperature",
            r.settings().temperature(),
            "eceBefore",
            r.eceUncalibrated(),
            "eceAfter",
            est(r.validation().ece())));
    m.put("referral", referral(r));
    m.put("subgroups", r.subgroups().stream().map(ModelCard::subgroup).toList());
    m.put("external", external(r));
    m.put("outOfScopeDetection", outOfScope(r));
    m.put(
        "segmentation",
        Map.of(
            "method",
            "lesion outline network (U-Net trained on the HAM10000 masks with the same split;"
                + " card in models/lesion-segmentation/outline-card.md)",
            "validationImages",
            r.segmentation().images(),
            "meanIou",
            r.segmentation().meanIou(),
            "meanDice",
            r.segmentation().meanDice()));
    m.put("targets", targets(r));
    return m;
  }

  private static Map<String, Object> data(FinishReport r) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("dataset", CardText.DATASET);
    d.put(
        "split",
        "by lesion_id, stratified by diagnosis, 15% of lesions to validation (seeded);"
            + " committed as split.csv");
    d.put("trainImages", r.trainImages());
    d.put("trainLesions", r.trainLesions());
    d.put("valImages", r.valImages());
    d.put("valLesions", r.valLesions());
    return d;
  }

  private static Map<String, Object> architecture(FinishReport r) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put(
        "network",
        "residual CNN: stem of two stride-2 3x3 convolutions (24, 32 channels), 4 stages"
            + " (32/64/128/256 channels, 1/2/2/1 basic blocks), global average pooling, dropout"
            + " 0.2, linear 7");
    a.put("parameters", r.parameters());
    a.put("inputSize", ImagePrep.INPUT);
    a.put(
        "preprocessing",
        "centre square crop, area-averaged to "
            + ImagePrep.CACHE
            + " px, bilinear to "
            + ImagePrep.INPUT
            + " px, per-channel normalisation");
    a.put("testTimeAugmentation", "mean logits of identity, horizontal, vertical and both flips");
    a.put("justification", CardText.JUSTIFICATION);
    return a;
  }

  private static Map<String, Object> training(FinishReport r) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("engine", "DJL 0.35.1, PyTorch 2.7.1 CPU, trained by OpenDerm's own Java code");
    t.put("epochs", r.epochs());
    t.put("minutes", r.trainMinutes());
    t.put("optimizer", "AdamW lr 2e-3, weight decay 0.05, warm-up then cosine to zero");
    t.put("imbalance", "square-root class sampling + logit-adjusted loss (Menon et al. 2021)");
    t.put(
        "augmentation",
        "any rotation, flips, scale 0.72-1.0 of the square, mild aspect change,"
            + " brightness/contrast/saturation jitter");
    t.put("recipe", r.recipe());
    // Which weights were kept is part of the recipe; never a checkpoint chosen on validation.
    t.put("checkpoint", "end of the run, as the recipe says (no selection on validation)");
    return t;
  }

  private static Map<String, Object> validation(FinishReport r) {
    Evaluation.Report v = r.validation();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("images", v.n());
    m.put("balancedAccuracy", est(v.balancedAccuracy()));
    m.put("melanomaAuroc", est(v.melanomaAuroc()));
    m.put("ece", est(v.ece()));
    List<Object> per = new ArrayList<>();
    for (Evaluation.ClassMetrics c : v.perClass()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("class", c.code());
      e.put("n", c.n());
      e.put("sensitivity", est(c.sensitivity()));
      e.put("specificity", est(c.specificity()));
      e.put("auroc", est(c.auroc()));
      per.add(e);
    }
    m.put("perClass", per);
    m.put("confusion", v.confusion());
    m.put("lowConfidenceAbstentionRate", r.lowConfidenceRate());
    return m;
  }

  private static Map<String, Object> referral(FinishReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "urgent",
        Map.of(
            "rule",
            "P(mel) >= threshold",
            "threshold",
            r.urgent().threshold(),
            "melanomaSensitivity",
            r.urgent().sensitivity(),
            "melanomaSpecificity",
            r.urgent().specificity()));
    m.put(
        "soon",
        Map.of(
            "rule",
            "P(mel)+P(bcc)+P(akiec) >= threshold",
            "threshold",
            r.soon().threshold(),
            "malignantSensitivity",
            r.soon().sensitivity(),
            "malignantSpecificity",
            r.soon().specificity()));
    m.put("routine", "otherwise");
    return m;
  }

  private static Map<String, Object> subgroup(Evaluation.Subgroup s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("variable", s.variable());
    m.put("value", s.value());
    m.put("n", s.n());
    m.put("melanomas", s.melanomas());
    m.put("balancedAccuracy", est(s.balancedAccuracy()));
    m.put("melanomaAuroc", est(s.melanomaAuroc()));
    return m;
  }

  private static Object external(FinishReport r) {
    FinishReport.External e = r.external();
    if (e == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", "isic-557 (ISIC Archive, melanoma vs nevus, CC0)");
    m.put("images", e.images());
    m.put("melanomas", e.melanomas());
    m.put("melanomaVsNevusAuroc", est(e.melanomaAuroc()));
    m.put("urgentThresholdSensitivity", e.urgent().sensitivity());
    m.put("urgentThresholdSpecificity", e.urgent().specificity());
    m.put("unreadable", e.unreadable());
    return m;
  }

  private static Map<String, Object> outOfScope(FinishReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "method",
        "min class-conditional Mahalanobis distance of pooled features, tied"
            + " covariance (Lee et al. 2018), threshold = 97.5th percentile of validation lesions");
    m.put("threshold", r.settings().outOfScope());
    m.put("flaggedShare", r.outOfScope());
    m.put(
        "note",
        "generated inputs, "
            + org.openderm.ml.training.OutOfScopeSuite.PER_CATEGORY
            + " per category; real out-of-scope photos may behave differently");
    return m;
  }

  private static Map<String, Object> targets(FinishReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("balancedAccuracy>=0.75", r.validation().balancedAccuracy().value() >= 0.75);
    m.put("melanomaAuroc>=0.90", r.validation().melanomaAuroc().value() >= 0.90);
    m.put(
        "isic557Auroc>=0.85", r.external() != null && r.external().melanomaAuroc().value() >= 0.85);
    m.put("ece<=0.05", r.validation().ece().value() <= 0.05);
    return m;
  }

  static Map<String, Object> est(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", e.value());
    m.put("ci95", List.of(e.low(), e.high()));
    return m;
  }
}
