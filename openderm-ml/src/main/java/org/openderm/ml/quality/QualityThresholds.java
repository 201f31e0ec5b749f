package org.openderm.ml.quality;

/**
 * The limits a photo must meet, each documented with how it was chosen in docs/photo-quality.md
 * (benchmark: {@code openderm quality-benchmark}).
 *
 * @param minShortSide short side in pixels under which the photo is flagged {@code RESOLUTION_LOW}
 * @param maxBlurEffect Crété-Roffet blur above which the photo is {@code BLURRED}
 * @param minLaplacianVariance Laplacian variance below which the photo is {@code BLURRED}
 * @param minMeanLuma central mean luma under which the photo is {@code UNDEREXPOSED}
 * @param maxCrushedShadows share of crushed shadows above which it is {@code UNDEREXPOSED}
 * @param maxMeanLuma central mean luma above which the photo is {@code OVEREXPOSED}
 * @param maxClippedHighlights share of clipped highlights above which it is {@code OVEREXPOSED}
 * @param minSkinHue lowest plausible CIELAB hue of skin, degrees
 * @param maxSkinHue highest plausible CIELAB hue of skin, degrees
 * @param maxSkinChroma highest plausible CIELAB chroma of skin
 * @param maxCentreOffset centroid offset above which the lesion is {@code LESION_OFF_CENTRE}
 * @param maxEdgeContact outline share on the edge above which it is {@code LESION_CUT_OFF}
 * @param minAreaFraction lesion area share under which it is {@code LESION_TOO_SMALL}
 */
public record QualityThresholds(
    int minShortSide,
    double maxBlurEffect,
    double minLaplacianVariance,
    double minMeanLuma,
    double maxCrushedShadows,
    double maxMeanLuma,
    double maxClippedHighlights,
    double minSkinHue,
    double maxSkinHue,
    double maxSkinChroma,
    double maxCentreOffset,
    double maxEdgeContact,
    double minAreaFraction) {

  /** The calibrated defaults (see docs/photo-quality.md for the figures behind each). */
  public static final QualityThresholds DEFAULTS =
      new QualityThresholds(224, 0.45, 20, 70, 0.10, 225, 0.10, 10, 95, 60, 0.20, 0.30, 0.01);
}
