package org.openderm.ml.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openderm.ml.lesion.LesionClass;
import org.openderm.ml.lesion.LesionOutliner;
import org.openderm.ml.lesion.ModelFiles;
import org.openderm.ml.lesion.OutOfScope;
import org.openderm.ml.lesion.Referral;
import org.openderm.ml.lesion.TriageModel;
import org.openderm.ml.lesion.TriageSettings;

/**
 * After training: fits the temperature, the referral thresholds and the out-of-scope detector,
 * writes them and the SHA-256 sums next to the weights, and measures everything the model card
 * reports.
 */
public final class ModelFinisher {

  private static final int OOD_PER_CLASS = 700;

  private ModelFinisher() {}

  /** Finishes the model in {@code o.out()} trained as {@code r}. */
  public static FinishReport finish(TrainOptions o, TriageTrainer.Result r) throws IOException {
    Dataset ds = r.data();
    TriageSettings provisional = new TriageSettings("provisional", 1, 1, 1, 1e30, 0);
    TriageModel.Output val;
    TriageModel.Output train;
    long params;
    try (TriageModel m = TriageModel.loadUnverified(o.out(), provisional, null)) {
      val = ModelRunner.run(m, ds, ds.val(), "val");
      train = ModelRunner.run(m, ds, oodSubset(ds.train(), o.seed()), "features");
      params = m.parameterCount();
    }
    int[] truth = ds.valTruth();
    double t = Calibration.fitTemperature(val.logits(), truth);
    double eceRaw = Metrics.ece(Calibration.probabilities(val.logits(), 1.0), truth, 15);
    double[][] probs = Calibration.probabilities(val.logits(), t);
    int[] trainTruth =
        oodSubset(ds.train(), o.seed()).stream().mapToInt(s -> s.dx().ordinal()).toArray();
    OutOfScope ood = OutOfScope.fit(train.features(), trainTruth, LesionClass.values().length);
    double[] valScores = Arrays.stream(val.features()).mapToDouble(ood::score).toArray();
    double oodThreshold = Metrics.quantile(sorted(valScores), 0.975);
    double[] top = Arrays.stream(probs).mapToDouble(p -> p[Metrics.argmax(p)]).toArray();
    double lowConf = Metrics.quantile(sorted(top), 0.05);
    double urgentMel = Thresholds.forSensitivity(probs, truth, new int[] {4}, 0.90);
    double soonRisk = Thresholds.forSensitivity(probs, truth, new int[] {0, 1, 4}, 0.95);
    String version = String.format(Locale.ROOT, "1.0.0-s%d-e%d", o.seed(), r.epochs());
    TriageSettings s = new TriageSettings(version, t, urgentMel, soonRisk, oodThreshold, lowConf);
    s.write(o.out());
    ood.write(o.out());
    ModelFiles.writeSums(o.out());
    return report(o, r, s, new Fitted(eceRaw, probs, truth, params, valScores, top));
  }

  /** What calibration measured on validation, handed to the report. */
  private record Fitted(
      double eceRaw,
      double[][] probs,
      int[] truth,
      long params,
      double[] valScores,
      double[] top) {}

  private static FinishReport report(
      TrainOptions o, TriageTrainer.Result r, TriageSettings s, Fitted fit) throws IOException {
    double eceRaw = fit.eceRaw();
    double[][] probs = fit.probs();
    int[] truth = fit.truth();
    double[] valScores = fit.valScores();
    double[] top = fit.top();
    Dataset ds = r.data();
    Evaluation.Report rep = Evaluation.evaluate(probs, truth, o.seed());
    List<Evaluation.Subgroup> groups = new ArrayList<>();
    List<Ham10000.Sample> v = ds.val();
    groups.addAll(
        Evaluation.subgroups("sex", v.stream().map(x -> x.sex()).toList(), probs, truth, o.seed()));
    groups.addAll(
        Evaluation.subgroups(
            "age", v.stream().map(x -> ageBand(x.age())).toList(), probs, truth, o.seed()));
    groups.addAll(
        Evaluation.subgroups(
            "site", v.stream().map(x -> x.site()).toList(), probs, truth, o.seed()));
    FinishReport.Operating urgent =
        Thresholds.operating(probs, truth, new int[] {4}, s.urgentMelanoma(), p -> p[4]);
    FinishReport.Operating soon =
        Thresholds.operating(
            probs, truth, new int[] {0, 1, 4}, s.soonRisk(), Referral::malignancyRisk);
    FinishReport.External ext = null;
    java.util.Map<String, Double> oodRates;
    try (TriageModel m = TriageModel.load(o.out())) {
      if (o.external() != null) {
        ext = ExternalValidation.run(m, o.external(), o.seed());
      }
      oodRates =
          OutOfScopeSuite.rates(m, ds, o.seed(), o.limit() > 0 ? 3 : OutOfScopeSuite.PER_CATEGORY);
    }
    double inDist =
        Arrays.stream(valScores).filter(x -> x > s.outOfScope()).count()
            / (double) valScores.length;
    oodRates.put("validation-lesions (false alarms)", inDist);
    double lowRate =
        Arrays.stream(top).filter(x -> x < s.lowConfidence()).count() / (double) top.length;
    return new FinishReport(
        s,
        r.epochs(),
        r.seconds() / 60,
        o.recipe(),
        fit.params(),
        ds.train().size(),
        lesions(ds.train()),
        v.size(),
        lesions(v),
        eceRaw,
        rep,
        probs,
        truth,
        groups,
        urgent,
        soon,
        ext,
        oodRates,
        lowRate,
        SegmentationEval.run(o.data(), v, LesionOutliner.bundled()::segment));
  }

  /** Age band of the model card's subgroup table. */
  static String ageBand(double age) {
    if (Double.isNaN(age)) {
      return "unknown";
    }
    if (age < 30) {
      return "<30";
    }
    if (age < 50) {
      return "30-49";
    }
    return age < 70 ? "50-69" : ">=70";
  }

  private static int lesions(List<Ham10000.Sample> s) {
    return (int) s.stream().map(Ham10000.Sample::lesionId).distinct().count();
  }

  static List<Ham10000.Sample> oodSubset(List<Ham10000.Sample> train, long seed) {
    List<Ham10000.Sample> out = new ArrayList<>();
    int[] count = new int[LesionClass.values().length];
    List<Ham10000.Sample> shuffled = new ArrayList<>(train);
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
    for (Ham10000.Sample s : shuffled) {
      if (count[s.dx().ordinal()]++ < OOD_PER_CLASS) {
        out.add(s);
      }
    }
    return out;
  }

  private static double[] sorted(double[] a) {
    double[] c = a.clone();
    Arrays.sort(c);
    return c;
  }
}
