package org.openderm.ml.quality;

import java.util.Locale;

/**
 * One measured image of the calibration benchmark.
 *
 * @param dataset the data set's folder name
 * @param imageId the image file name without extension
 * @param defect the defect applied, or null for the clean image
 * @param grade 1..4 for a defect, 0 for the clean image
 * @param metrics the gate's measurements
 * @param truth ground-truth lesion geometry from the data set's mask, or null without a mask
 * @param dice Dice overlap of the gate's lesion segmentation with the ground-truth mask, or NaN
 */
public record BenchmarkSample(
    String dataset,
    String imageId,
    Defect defect,
    int grade,
    QualityMetrics metrics,
    LesionGeometry truth,
    double dice) {

  /** The CSV header matching {@link #csv()}. */
  public static final String CSV_HEADER =
      "dataset,split,image,defect,grade,width,height,lapvar,blur,luma,clipped,crushed,a,b,"
          + "stops,skin_clipped,highlight,gamut,illuminant,found,area,offset,edge,gt_area,gt_offset,gt_edge,dice";

  /**
   * Which split the image belongs to. The thresholds and the skin gamut were fitted on images with
   * an even number ("calibration"); those with an odd number are "held-out" and give the figures to
   * quote.
   */
  public String split() {
    String digits = imageId.replaceAll("\\D", "");
    if (!digits.isEmpty() && (digits.charAt(digits.length() - 1) - '0') % 2 == 0) {
      return "calibration";
    }
    return "held-out";
  }

  /** One CSV line. */
  public String csv() {
    QualityMetrics m = metrics;
    LesionGeometry g = m.lesion();
    LesionGeometry t = truth == null ? LesionGeometry.NONE : truth;
    return String.join(
        ",",
        dataset,
        split(),
        imageId,
        defect == null ? "CLEAN" : defect.name(),
        Integer.toString(grade),
        Integer.toString(m.width()),
        Integer.toString(m.height()),
        f(m.laplacianVariance()),
        f(m.blurEffect()),
        f(m.meanLuma()),
        f(m.clippedHighlights()),
        f(m.crushedShadows()),
        f(m.skinA()),
        f(m.skinB()),
        f(m.skinStops()),
        f(m.skinClipped()),
        f(m.highlightLevel()),
        f(m.gamutDistance()),
        f(m.illuminantDistance()),
        Boolean.toString(g.found()),
        f(g.areaFraction()),
        f(g.centreOffset()),
        f(g.edgeContact()),
        f(t.areaFraction()),
        f(t.centreOffset()),
        f(t.edgeContact()),
        f(dice));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
