package org.openderm.ml.quality;

/**
 * Colour cast of the skin around the lesion, as the CIELAB hue and chroma of its mean colour.
 *
 * <p>Grey-world reasoning (Gasparini and Schettini, "Color balancing of digital photos using simple
 * image statistics", Pattern Recognition 37 (2004) 1201-1217) does not apply as is to skin, which
 * is never grey: healthy skin of every phototype has a mean colour in the red-to-yellow quadrant of
 * the a*b* plane (positive a* and b*). A cast moves that mean out of the quadrant: green and cyan
 * casts make a* negative, blue and violet casts make b* negative. Red and yellow casts stay inside
 * the quadrant and cannot be told from the skin's own colour by this measure. Skin is taken as the
 * central region minus the segmented lesion, so that a dark or red lesion does not count as a cast.
 * Not meaningful for images without skin (a test chart, a histological slide).
 *
 * <p>The quadrant alone misses magenta casts and most blue ones, so the verdict also measures how
 * far the skin's chromaticity lies from the skin-tone gamut of real dermoscopy photos: the log
 * ratios ln(G/R) and ln(B/R) of the mean linear-light skin colour (a white-balance error multiplies
 * each channel, so it shifts these ratios by the log of its gains, whatever the skin), as a
 * Mahalanobis distance from their mean and covariance over the calibration halves of ISIC-557 and
 * HAM10000 (docs/photo-quality.md). The gamut is that of the calibration images: mostly light
 * phototypes under dermatoscope light. Refit it ({@link #GAMUT_MEAN}, {@link #GAMUT_COVARIANCE})
 * before using the gate on darker skin or on clinical photos, which it has not been measured on.
 */
final class ColourCast {

  /** sRGB to linear light in quarter-level steps: pow() per pixel would cost milliseconds. */
  private static final double[] LINEAR = new double[1021];

  static {
    for (int i = 0; i < LINEAR.length; i++) {
      double c = i / 4.0 / 255.0;
      LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
  }

  /**
   * Mean of (ln G/R, ln B/R) of the skin: the average of the means of the 278 even-numbered
   * ISIC-557 images (-0.413, -0.517) and of 1,004 even-numbered HAM10000 images (-0.673, -0.574),
   * so that neither source's camera defines "normal" alone.
   */
  static final double[] GAMUT_MEAN = {-0.5428, -0.5455};

  /**
   * Their covariance: the mean of the two sources' covariances plus the spread between the two
   * means (same images); the two ratios correlate at 0.87.
   */
  static final double[][] GAMUT_COVARIANCE = {{0.12680, 0.14016}, {0.14016, 0.20522}};

  private static final double[][] GAMUT_INVERSE = inverse(GAMUT_COVARIANCE);

  private ColourCast() {}

  /**
   * Mean skin colour: CIELAB hue angle in degrees (-180..180], chroma, a* and b*, and the
   * Mahalanobis distance of its chromaticity from the skin gamut.
   */
  record Result(
      double hueDegrees, double chroma, double meanA, double meanB, double gamutDistance) {}

  static Result measure(RgbPlanes p, boolean[] skin) {
    double[] mean = meanLinear(p, skin);
    if (mean == null) {
      return new Result(0, 0, 0, 0, 0);
    }
    double[] lab = lab(mean[0], mean[1], mean[2]);
    double hue = Math.toDegrees(Math.atan2(lab[2], lab[1]));
    return new Result(
        hue, Math.hypot(lab[1], lab[2]), lab[1], lab[2], gamutDistance(mean[0], mean[1], mean[2]));
  }

  /** Mean linear-light (r, g, b) of the {@code region}'s pixels, or null if it is empty. */
  static double[] meanLinear(RgbPlanes p, boolean[] region) {
    double r = 0;
    double g = 0;
    double b = 0;
    long n = 0;
    for (int i = 0; i < region.length; i++) {
      if (region[i]) {
        r += linear(p.r[i]);
        g += linear(p.g[i]);
        b += linear(p.b[i]);
        n++;
      }
    }
    return n == 0 ? null : new double[] {r / n, g / n, b / n};
  }

  /** Mahalanobis distance of the skin's (ln G/R, ln B/R) from the skin gamut. */
  static double gamutDistance(double r, double g, double b) {
    return chromaticityDistance(r, g, b, GAMUT_MEAN, GAMUT_INVERSE);
  }

  /**
   * Mahalanobis distance of the chromaticity (ln G/R, ln B/R) of a linear-light colour from a
   * reference mean, given the inverse of the reference covariance; a floor keeps logs finite.
   */
  static double chromaticityDistance(
      double r, double g, double b, double[] mean, double[][] inverse) {
    double floor = 1e-6;
    double u = Math.log(Math.max(g, floor) / Math.max(r, floor)) - mean[0];
    double v = Math.log(Math.max(b, floor) / Math.max(r, floor)) - mean[1];
    double[][] i = inverse;
    return Math.sqrt(u * (i[0][0] * u + i[0][1] * v) + v * (i[1][0] * u + i[1][1] * v));
  }

  static double[][] inverse(double[][] m) {
    double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    return new double[][] {{m[1][1] / det, -m[0][1] / det}, {-m[1][0] / det, m[0][0] / det}};
  }

  /** sRGB (0..255) to linear light (0..1), IEC 61966-2-1. */
  static double linear(float v) {
    return LINEAR[Math.min(LINEAR.length - 1, Math.max(0, Math.round(v * 4)))];
  }

  /** Linear sRGB to CIELAB (D65 white). */
  static double[] lab(double r, double g, double b) {
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }
}
