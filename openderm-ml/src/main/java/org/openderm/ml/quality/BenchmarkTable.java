package org.openderm.ml.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns benchmark samples into the calibration table of docs/photo-quality.md: per data set and
 * split (calibration or held-out, see {@link BenchmarkSample#split()}), the share of clean images
 * rejected, and per defect and grade the share caught.
 */
public final class BenchmarkTable {

  /** A lesion this close to the centre, and this little on the edge, is well framed. */
  private static final double WELL_FRAMED_OFFSET = 0.10;

  private static final double WELL_FRAMED_EDGE = 0.05;

  private final QualityGate gate;

  public BenchmarkTable(QualityGate gate) {
    this.gate = gate;
  }

  /** The Markdown report for {@code samples}. */
  public String markdown(List<BenchmarkSample> samples) {
    Map<String, List<BenchmarkSample>> byDataset = new TreeMap<>();
    for (BenchmarkSample s : samples) {
      byDataset.computeIfAbsent(s.dataset() + ", " + s.split(), k -> new ArrayList<>()).add(s);
    }
    StringBuilder md = new StringBuilder();
    byDataset.forEach((name, list) -> dataset(md, name, list));
    return md.toString();
  }

  private void dataset(StringBuilder md, String name, List<BenchmarkSample> samples) {
    List<BenchmarkSample> clean = samples.stream().filter(s -> s.defect() == null).toList();
    md.append("### ").append(name).append("\n\n");
    md.append("Clean images: ").append(clean.size()).append(". Rejected for any reason: ");
    md.append(pct(rate(clean, v -> !v.acceptable())));
    md.append("; for any reason but resolution: ");
    md.append(
        pct(
            rate(
                clean,
                v ->
                    v.issues().stream()
                        .anyMatch(i -> i.code() != QualityIssue.Code.RESOLUTION_LOW))));
    md.append(".\n\nClean images flagged, per issue: ");
    List<String> parts = new ArrayList<>();
    for (QualityIssue.Code code : QualityIssue.Code.values()) {
      parts.add(code + " " + pct(rate(clean, v -> v.has(code))));
    }
    md.append(String.join(", ", parts)).append(".\n\n");
    md.append("| Defect | Caught as | Grade 1 | Grade 2 | Grade 3 | Grade 4 | Clear (3-4) |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Defect d : Defect.values()) {
      List<BenchmarkSample> of = samples.stream().filter(s -> s.defect() == d).toList();
      if (of.isEmpty()) {
        continue;
      }
      md.append("| ").append(d).append(" (").append(strengths(d)).append(") | ");
      md.append(d.expected()).append(" |");
      for (int g = 1; g <= 4; g++) {
        int grade = g;
        md.append(' ')
            .append(pct(rate(of.stream().filter(s -> s.grade() == grade).toList(), d::detectedBy)))
            .append(" |");
      }
      md.append(' ')
          .append(pct(rate(of.stream().filter(s -> s.grade() >= 3).toList(), d::detectedBy)))
          .append(" |\n");
    }
    segmentation(md, clean);
    md.append('\n');
  }

  private void segmentation(StringBuilder md, List<BenchmarkSample> clean) {
    double[] dice =
        clean.stream()
            .mapToDouble(BenchmarkSample::dice)
            .filter(x -> !Double.isNaN(x))
            .sorted()
            .toArray();
    if (dice.length == 0) {
      return;
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nLesion segmentation against the ground-truth masks (%d images): Dice mean %.3f, "
                + "median %.3f, 10th percentile %.3f; lesion found in %s of images.%n",
            dice.length,
            Arrays.stream(dice).average().orElse(0),
            dice[dice.length / 2],
            dice[dice.length / 10],
            pct(rate(clean, v -> v.metrics().lesion().found()))));
    double limit = gateThresholds().minAreaFraction();
    List<BenchmarkSample> small =
        clean.stream().filter(s -> s.truth() != null && s.truth().areaFraction() < limit).toList();
    List<BenchmarkSample> large =
        clean.stream()
            .filter(s -> s.truth() != null && s.truth().areaFraction() >= 2 * limit)
            .toList();
    md.append(
        String.format(
            Locale.ROOT,
            "LESION_TOO_SMALL: raised for %s of the %d images whose true lesion covers under %.1f%% "
                + "of the frame, and for %s of the %d covering %.1f%% or more.%n",
            pct(rate(small, v -> v.has(QualityIssue.Code.LESION_TOO_SMALL))),
            small.size(),
            100 * limit,
            pct(rate(large, v -> v.has(QualityIssue.Code.LESION_TOO_SMALL))),
            large.size(),
            200 * limit));
    framingAgainstMasks(md, clean);
  }

  /**
   * The framing checks on unmodified photos, judged against the dermatologists' masks: how often a
   * photo whose lesion is well framed is asked to be retaken for framing, and how often one whose
   * lesion truly is off centre or cut off is.
   */
  private void framingAgainstMasks(StringBuilder md, List<BenchmarkSample> clean) {
    QualityThresholds t = gateThresholds();
    List<BenchmarkSample> withTruth = clean.stream().filter(s -> s.truth() != null).toList();
    List<BenchmarkSample> wellFramed =
        withTruth.stream()
            .filter(
                s ->
                    s.truth().centreOffset() <= WELL_FRAMED_OFFSET
                        && s.truth().edgeContact() <= WELL_FRAMED_EDGE
                        && s.truth().areaFraction() >= 2 * t.minAreaFraction())
            .toList();
    List<BenchmarkSample> offCentre =
        withTruth.stream().filter(s -> s.truth().centreOffset() > t.maxCentreOffset()).toList();
    List<BenchmarkSample> cutOff =
        withTruth.stream().filter(s -> s.truth().edgeContact() > t.maxEdgeContact()).toList();
    md.append(
        String.format(
            Locale.ROOT,
            "Framing against the masks: of the %d images whose true lesion is centred (offset <= "
                + "%.2f), inside the frame (edge contact <= %.2f) and covers %.1f%% or more, %s "
                + "are asked to be reframed (off centre, cut off or too small); LESION_OFF_CENTRE "
                + "is raised for %s of the %d whose true centroid is over %.2f from the centre, "
                + "LESION_CUT_OFF for %s of the %d whose true outline lies over %.0f%% on the "
                + "edge.%n",
            wellFramed.size(),
            WELL_FRAMED_OFFSET,
            WELL_FRAMED_EDGE,
            200 * t.minAreaFraction(),
            pct(rate(wellFramed, BenchmarkTable::framingIssue)),
            pct(rate(offCentre, v -> v.has(QualityIssue.Code.LESION_OFF_CENTRE))),
            offCentre.size(),
            t.maxCentreOffset(),
            pct(rate(cutOff, v -> v.has(QualityIssue.Code.LESION_CUT_OFF))),
            cutOff.size(),
            100 * t.maxEdgeContact()));
  }

  private static boolean framingIssue(QualityVerdict v) {
    return v.has(QualityIssue.Code.LESION_OFF_CENTRE)
        || v.has(QualityIssue.Code.LESION_CUT_OFF)
        || v.has(QualityIssue.Code.LESION_TOO_SMALL);
  }

  private QualityThresholds gateThresholds() {
    return gate.thresholds();
  }

  private double rate(List<BenchmarkSample> samples, Predicate<QualityVerdict> p) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    return samples.stream().filter(s -> p.test(gate.judge(s.metrics()))).count()
        / (double) samples.size();
  }

  private static String strengths(Defect d) {
    return String.join(
        "/",
        d.strengths().stream()
            .map(x -> String.format(Locale.ROOT, "%s", x.toString().replaceFirst("\\.0$", "")))
            .toList());
  }

  private static String pct(double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}
