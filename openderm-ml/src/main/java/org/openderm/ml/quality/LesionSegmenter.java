package org.openderm.ml.quality;

/**
 * A fast segmentation of the main pigmented lesion: Otsu's threshold on a darkness feature
 * corrected for vignetting, then the connected component that best combines size, closeness to the
 * centre and distance from the edges.
 *
 * <p>Classic pre-deep-learning dermoscopy segmentation (Otsu, "A threshold selection method from
 * gray-level histograms", IEEE SMC 9 (1979) 62-66; Celebi et al., "Lesion border detection in
 * dermoscopy images", Comput Med Imaging Graph 33 (2009) 148-153, for the use of a single channel
 * and the choice of the central component). It is used only to judge framing (is there a lesion, is
 * it centred, cut off, too small) and to keep the lesion out of the colour-cast measure: its
 * agreement with the HAM10000 ground-truth masks is reported in docs/photo-quality.md. Not a
 * diagnostic border: do not use it to measure a lesion. It assumes a lesion darker than the skin
 * around it, which fails for hypopigmented or very pale lesions (then the framing checks say
 * nothing rather than something wrong, see {@link LesionGeometry#found()}).
 */
final class LesionSegmenter {

  /** Long side of the segmentation grid: coarse on purpose, framing needs no fine border. */
  static final int GRID = 96;

  /**
   * Minimum Otsu separation (between-class standard deviation of the relative darkness, skin at
   * 128) to call anything a lesion; calibrated on HAM10000 (docs/photo-quality.md).
   */
  static final double MIN_CONTRAST = 5;

  private LesionSegmenter() {}

  /** A lesion mask on a {@code width} x {@code height} grid. */
  record Mask(boolean[] lesion, boolean[] frame, int width, int height, boolean found) {}

  static Mask segment(RgbPlanes analysis) {
    int factor = Math.max(1, Math.max(analysis.width, analysis.height) / GRID);
    RgbPlanes p = factor > 1 ? analysis.reduce(factor) : analysis;
    int w = p.width;
    int h = p.height;
    float[] luma = p.luma();
    boolean[] frame = Regions.darkFrame(luma, w, h, frameLevel(luma, w, h));
    float[] feature = Vignetting.relativeDarkness(brightness(p), frame, w, h);
    Otsu otsu = Otsu.of(feature, frame);
    boolean[] dark = new boolean[w * h];
    for (int i = 0; i < dark.length; i++) {
      dark[i] = !frame[i] && feature[i] > otsu.threshold();
    }
    boolean[] lesion = Components.best(Morphology.open(dark, w, h), w, h);
    lesion = Morphology.fillHoles(lesion, w, h);
    boolean found = otsu.separation() >= MIN_CONTRAST && count(lesion) > 0;
    return new Mask(lesion, frame, w, h, found);
  }

  /**
   * A blue-weighted brightness. Pigment (melanin, haemoglobin) absorbs blue most, so the blue
   * channel separates lesion from skin better than luma alone.
   */
  static float[] brightness(RgbPlanes p) {
    float[] f = new float[p.r.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = 0.3f * p.r[i] + 0.3f * p.g[i] + 0.4f * p.b[i];
    }
    return f;
  }

  /** Below 40% of the central median luma (and at most 40) is the black dermatoscope frame. */
  private static float frameLevel(float[] luma, int w, int h) {
    boolean[] centre = Regions.centralEllipse(w, h);
    int[] hist = new int[256];
    int n = 0;
    for (int i = 0; i < luma.length; i++) {
      if (centre[i]) {
        hist[Math.min(255, Math.max(0, (int) luma[i]))]++;
        n++;
      }
    }
    int acc = 0;
    int median = 0;
    while (median < 255 && (acc += hist[median]) < n / 2) {
      median++;
    }
    return Math.min(40f, 0.4f * median);
  }

  static int count(boolean[] m) {
    int c = 0;
    for (boolean b : m) {
      if (b) {
        c++;
      }
    }
    return c;
  }
}
