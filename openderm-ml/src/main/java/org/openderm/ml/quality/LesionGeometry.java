package org.openderm.ml.quality;

/**
 * Where the segmented lesion lies in the frame.
 *
 * @param found whether a lesion distinct from the skin was found; when false the other fields are
 *     zero and the framing checks are skipped (a pale lesion is not a framing fault)
 * @param areaFraction lesion area over image area, 0..1
 * @param centreOffset distance of the lesion's centroid from the image centre, in units of the
 *     image size (each axis divided by that side), 0 = centred, about 0.7 = in a corner
 * @param edgeContact share of the lesion's outline that lies on the image edge, 0..1: a lesion cut
 *     off by the frame has a long straight run on the edge
 * @param centroidX the lesion centroid's x as a fraction of the width (0.5 when not found)
 * @param centroidY the lesion centroid's y as a fraction of the height (0.5 when not found)
 */
public record LesionGeometry(
    boolean found,
    double areaFraction,
    double centreOffset,
    double edgeContact,
    double centroidX,
    double centroidY) {

  static final LesionGeometry NONE = new LesionGeometry(false, 0, 0, 0, 0.5, 0.5);

  static LesionGeometry of(LesionSegmenter.Mask mask) {
    if (!mask.found()) {
      return NONE;
    }
    int w = mask.width();
    int h = mask.height();
    boolean[] m = mask.lesion();
    long area = 0;
    double sx = 0;
    double sy = 0;
    long outline = 0;
    long onEdge = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        if (!m[i]) {
          continue;
        }
        area++;
        sx += x;
        sy += y;
        boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1;
        if (edge) {
          onEdge++;
          outline++;
        } else if (!m[i - 1] || !m[i + 1] || !m[i - w] || !m[i + w]) {
          outline++;
        }
      }
    }
    double dx = (sx / area - (w - 1) / 2.0) / w;
    double dy = (sy / area - (h - 1) / 2.0) / h;
    return new LesionGeometry(
        true,
        area / (double) (w * h),
        Math.hypot(dx, dy),
        onEdge / (double) outline,
        (sx / area + 0.5) / w,
        (sy / area + 0.5) / h);
  }
}
