package org.openderm.ml.quality;

/**
 * The measured values behind a quality verdict, for display and for calibration.
 *
 * @param width image width in pixels, after orientation
 * @param height image height in pixels
 * @param laplacianVariance variance of the Laplacian of luma at the analysis size (higher =
 *     sharper; depends on texture)
 * @param blurEffect Crété-Roffet blur estimate, 0 (sharp) to 1 (blurred)
 * @param meanLuma mean luma of the central region, 0..255
 * @param clippedHighlights share of central pixels with a channel at 250 or more
 * @param crushedShadows share of central pixels with luma at 12 or less
 * @param skinA CIELAB a* (green to red) of the mean skin colour
 * @param skinB CIELAB b* (blue to yellow) of the mean skin colour
 * @param skinStops log2 of the skin's mean linear-light luminance (0 = white; one stop of exposure
 *     error moves it by one)
 * @param skinClipped share of skin pixels with a channel at 250 or more
 * @param highlightLevel 99th percentile of the brightest channel in the central region, 0..255
 * @param gamutDistance Mahalanobis distance of the skin's chromaticity from the skin-tone gamut of
 *     the calibration photos (0 = typical skin colour)
 * @param illuminantDistance Mahalanobis distance of the brightest pixels' chromaticity (an estimate
 *     of the light's colour) from that of the calibration photos (0 = typical light)
 * @param lesion where the segmented lesion lies
 */
public record QualityMetrics(
    int width,
    int height,
    double laplacianVariance,
    double blurEffect,
    double meanLuma,
    double clippedHighlights,
    double crushedShadows,
    double skinA,
    double skinB,
    double skinStops,
    double skinClipped,
    double highlightLevel,
    double gamutDistance,
    double illuminantDistance,
    LesionGeometry lesion) {}
