package org.openderm.ml.quality;

import org.openderm.ml.lesion.ImagePrep;

/**
 * The limits a photo must meet, each documented with how it was chosen in docs/photo-quality.md
 * (benchmark: {@code openderm quality-benchmark}).
 *
 * @param minShortSide short side in pixels under which the photo is flagged {@code RESOLUTION_LOW}
 * @param maxBlurEffect Crété-Roffet blur above which the photo is {@code BLURRED}
 * @param minLaplacianVariance Laplacian variance below which the photo is {@code BLURRED}
 * @param minSkinStops skin luminance in stops under which the photo is {@code UNDEREXPOSED}
 * @param minHighlightLevel highlight level (0..255) under which it is {@code UNDEREXPOSED}
 * @param maxSkinStops clip-corrected skin luminance above which the photo is {@code OVEREXPOSED}:
 *     the skin's stops plus its clipped share ({@link QualityGate#overexposureStops}), because
 *     clipped pixels hide how bright the skin really was
 * @param maxSkinClipped share of clipped skin pixels above which it is {@code OVEREXPOSED}
 * @param maxGamutDistance skin-gamut distance above which the photo has a {@code COLOUR_CAST}
 * @param maxIlluminantDistance distance of the light's estimated colour from the calibration
 *     photos' above which the photo has a {@code COLOUR_CAST}
 * @param minSkinA lowest plausible CIELAB a* of the mean skin colour (below: green or cyan cast)
 * @param minSkinB lowest plausible CIELAB b* of the mean skin colour (below: strong blue cast)
 * @param maxCentreOffset centroid offset above which the lesion is {@code LESION_OFF_CENTRE}
 * @param maxEdgeContact outline share on the edge above which it is {@code LESION_CUT_OFF}
 * @param minAreaFraction lesion area share under which it is {@code LESION_TOO_SMALL}
 */
public record QualityThresholds(
    int minShortSide,
    double maxBlurEffect,
    double minLaplacianVariance,
    double minSkinStops,
    double minHighlightLevel,
    double maxSkinStops,
    double maxSkinClipped,
    double maxGamutDistance,
    double maxIlluminantDistance,
    double minSkinA,
    double minSkinB,
    double maxCentreOffset,
    double maxEdgeContact,
    double minAreaFraction) {

  /**
   * The short side the AI needs: the lesion model area-averages the centre square down to {@link
   * ImagePrep#CACHE} pixels, so a smaller photo would be up-sampled (pixels invented) before it is
   * read. One number for the verdict and for triage, so that the photo viewer's "fit for automatic
   * analysis" and the triage panel never disagree. It admits HAM10000's 200 x 150 images, on which
   * the model was trained, and the ISIC 2018 test's 224 x 224.
   */
  public static final int ANALYSIS_SHORT_SIDE = ImagePrep.CACHE;

  /** The calibrated defaults (see docs/photo-quality.md for the figures behind each). */
  public static final QualityThresholds DEFAULTS =
      new QualityThresholds(
          ANALYSIS_SHORT_SIDE,
          0.50,
          16,
          -2.2,
          150,
          0.145,
          0.90,
          3.5,
          3.0,
          -1,
          -30,
          0.30,
          0.35,
          0.02);

  /**
   * The thresholds of the application's gate, which frames the lesion with the lesion outline
   * network ({@link QualityGate#withOutlineNetwork()}): {@link #DEFAULTS} for everything but
   * framing, whose three limits were refitted for the network's outline. It finds small and cut
   * lesions that the classical outline misses, so a tighter centroid limit and a 4% area floor
   * (fitted on the calibration half of ISIC-557) catch more off-centre and zoomed-out photos for
   * the same clean photos flagged. The edge limit was fitted against the dermatologists' masks of
   * the calibration half of HAM10000: the network's outline of a lesion that fills the frame
   * touches the edge less than the lesion does, so at 0.40 it flagged 55% of the photos whose true
   * outline lies over 40% on the edge; at 0.30, 70%, still with no well-framed photo flagged
   * (docs/photo-quality.md, section 2).
   */
  public static final QualityThresholds OUTLINE_NETWORK = DEFAULTS.withFraming(0.15, 0.30, 0.04);

  /**
   * An operating point that keeps the false refusals of clean photos near 5%, at the price of
   * colour-cast and framing detection: exposure and blur checks slightly looser, colour judged on
   * the skin gamut alone (no CIELAB quadrant rule, no rule on the light's colour), framing checks
   * only for gross faults. Measured next to {@link #DEFAULTS} in docs/photo-quality.md; for a
   * deployment where a refused photo costs more than a missed cast.
   */
  public static final QualityThresholds FEW_REFUSALS =
      new QualityThresholds(
          ANALYSIS_SHORT_SIDE,
          0.50,
          16,
          -2.3,
          150,
          0.145,
          0.90,
          4.5,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          0.40,
          0.50,
          0.02);

  /** These thresholds with other framing limits (centroid offset, edge contact, area floor). */
  public QualityThresholds withFraming(
      double maxCentreOffset, double maxEdgeContact, double minAreaFraction) {
    return new QualityThresholds(
        minShortSide,
        maxBlurEffect,
        minLaplacianVariance,
        minSkinStops,
        minHighlightLevel,
        maxSkinStops,
        maxSkinClipped,
        maxGamutDistance,
        maxIlluminantDistance,
        minSkinA,
        minSkinB,
        maxCentreOffset,
        maxEdgeContact,
        minAreaFraction);
  }
}
