package org.openderm.ml.quality;

/**
 * The colour of the light, estimated from the brightest pixels of the photo, as a distance from the
 * light of the calibration photos.
 *
 * <p>The skin gamut ({@link ColourCast}) cannot see a cast that moves the skin along the direction
 * in which skin colours already vary: a blue cast on a warm photo gives a skin that looks like a
 * cold dermatoscope's. The brightest pixels tell the two apart. Specular reflections (gel, air
 * bubbles, the skin's sheen) and the palest surfaces reflect the light nearly as it is, so their
 * colour estimates the light's colour: the white-patch or max-RGB estimate (E. H. Land and J. J.
 * McCann, "Lightness and retinex theory", J. Opt. Soc. Am. 61 (1971) 1-11; B. Funt and L. Shi, "The
 * rehabilitation of MaxRGB", Color and Imaging Conference 2010, 256-259). Under a correct white
 * balance they are near white; a white-balance error tints them by its gains, and even a highlight
 * that clipped to white comes out short of the channel the cast weakened. The estimate takes the
 * mean linear colour of the brightest 0.5% of the analysis image and measures its (ln G/R, ln B/R)
 * as a Mahalanobis distance from the mean and covariance of the same estimate over the calibration
 * halves of ISIC-557 and HAM10000 (docs/photo-quality.md, section 2).
 *
 * <p>A photo with no highlight and no pale skin (a lesion filling the frame) gives the colour of
 * its brightest lesion pixels, which the estimate was not fitted on; and a camera that forces
 * clipped highlights to white hides part of its own cast. Both are limits, measured only on
 * dermoscopy.
 */
final class Illuminant {

  /** The share of the analysis image taken as its brightest pixels. */
  static final double BRIGHTEST_SHARE = 0.005;

  /**
   * Mean of (ln G/R, ln B/R) of the brightest pixels: the average of the means of the 278
   * even-numbered ISIC-557 images and of the 300 even-numbered among the first 600 HAM10000 images
   * by name, as for the skin gamut. Over all 1,012 HAM10000 calibration images the mean squared
   * distance is 1.73, as a two-dimensional fit should give (about 2).
   */
  static final double[] MEAN = {-0.3803, -0.3146};

  /** Their covariance: the mean of the two sources' covariances plus the spread of their means. */
  static final double[][] COVARIANCE = {{0.11635, 0.11878}, {0.11878, 0.15213}};

  private static final double[][] INVERSE = ColourCast.inverse(COVARIANCE);

  private Illuminant() {}

  /** The distance of the brightest pixels' chromaticity from that of the calibration photos. */
  static double distance(RgbPlanes p, float[] luma) {
    int[] histogram = new int[256];
    for (float l : luma) {
      histogram[level(l)]++;
    }
    int wanted = Math.max(1, (int) (luma.length * BRIGHTEST_SHARE));
    // The lowest level still among the brightest, and how many pixels to take at that level.
    int cut = 255;
    int above = 0;
    while (cut > 0 && above + histogram[cut] < wanted) {
      above += histogram[cut];
      cut--;
    }
    int atCut = wanted - above;
    boolean[] brightest = new boolean[luma.length];
    for (int i = 0; i < luma.length; i++) {
      int l = level(luma[i]);
      brightest[i] = l > cut || (l == cut && atCut-- > 0);
    }
    double[] light = ColourCast.meanLinear(p, brightest);
    return ColourCast.chromaticityDistance(light[0], light[1], light[2], MEAN, INVERSE);
  }

  private static int level(float luma) {
    return Math.min(255, Math.max(0, (int) luma));
  }
}
