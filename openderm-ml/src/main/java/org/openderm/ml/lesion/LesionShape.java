package org.openderm.ml.lesion;

/**
 * Measurements of a lesion from its binary mask: area, diameters, asymmetry, border irregularity
 * and centring. They follow the computer-aided ABCD descriptors of dermoscopy (Stoecker et al.,
 * "Automatic detection of asymmetry in skin tumors", Comput Med Imaging Graph 1992; compactness
 * index of Golston et al. 1992). Measured in pixels of the mask: without a physical scale they are
 * relative, not millimetres, and they describe the shape, they do not diagnose.
 *
 * @param areaPixels lesion pixels
 * @param areaFraction lesion pixels over image pixels
 * @param majorDiameter major axis of the ellipse with the same second moments (pixels)
 * @param minorDiameter minor axis of that ellipse (pixels)
 * @param maxDiameter largest distance between two lesion pixels (Feret diameter, pixels)
 * @param asymmetryMajor share of the area not overlapping its mirror about the major axis
 * @param asymmetryMinor same about the minor axis
 * @param compactness perimeter^2 / (4 pi area): 1 for a disc, larger for irregular borders
 * @param centreOffset distance from the lesion centroid to the image centre over half the image
 *     diagonal (0 = centred, 1 = in a corner)
 * @param touchesBorder whether the lesion reaches the image edge (it may be cut off)
 */
public record LesionShape(
    int areaPixels,
    double areaFraction,
    double majorDiameter,
    double minorDiameter,
    double maxDiameter,
    double asymmetryMajor,
    double asymmetryMinor,
    double compactness,
    double centreOffset,
    boolean touchesBorder) {

  /** Measures a row-major mask of {@code w x h}; null if the mask is empty. */
  public static LesionShape of(boolean[] mask, int w, int h) {
    int n = 0;
    double sx = 0;
    double sy = 0;
    boolean edge = false;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (mask[y * w + x]) {
          n++;
          sx += x;
          sy += y;
          edge |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
        }
      }
    }
    if (n == 0) {
      return null;
    }
    double cx = sx / n;
    double cy = sy / n;
    double[] m = moments(mask, w, h, cx, cy, n);
    double tr = m[0] + m[1];
    double det = m[0] * m[1] - m[2] * m[2];
    double disc = Math.sqrt(Math.max(0, tr * tr / 4 - det));
    double l1 = tr / 2 + disc;
    double l2 = Math.max(0, tr / 2 - disc);
    double theta = 0.5 * Math.atan2(2 * m[2], m[0] - m[1]);
    double asymMajor = asymmetry(mask, w, h, cx, cy, theta, n);
    double asymMinor = asymmetry(mask, w, h, cx, cy, theta + Math.PI / 2, n);
    double perimeter = crackLength(mask, w, h) * Math.PI / 4;
    double compact = perimeter * perimeter / (4 * Math.PI * n);
    double offset = Math.hypot(cx - (w - 1) / 2.0, cy - (h - 1) / 2.0) / (Math.hypot(w, h) / 2);
    return new LesionShape(
        n,
        n / (double) (w * h),
        4 * Math.sqrt(l1),
        4 * Math.sqrt(l2),
        feret(mask, w, h),
        asymMajor,
        asymMinor,
        compact,
        offset,
        edge);
  }

  /** Central second moments {@code [mu20, mu02, mu11]} per pixel. */
  private static double[] moments(boolean[] mask, int w, int h, double cx, double cy, int n) {
    double xx = 0;
    double yy = 0;
    double xy = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (mask[y * w + x]) {
          xx += (x - cx) * (x - cx);
          yy += (y - cy) * (y - cy);
          xy += (x - cx) * (y - cy);
        }
      }
    }
    return new double[] {xx / n + 1 / 12.0, yy / n + 1 / 12.0, xy / n};
  }

  /** Share of lesion pixels whose mirror about the axis of angle {@code theta} is not lesion. */
  private static double asymmetry(
      boolean[] mask, int w, int h, double cx, double cy, double theta, int n) {
    double c = Math.cos(2 * theta);
    double s = Math.sin(2 * theta);
    int unmatched = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (mask[y * w + x]) {
          double dx = x - cx;
          double dy = y - cy;
          int mx = (int) Math.round(cx + c * dx + s * dy);
          int my = (int) Math.round(cy + s * dx - c * dy);
          boolean in = mx >= 0 && my >= 0 && mx < w && my < h && mask[my * w + mx];
          unmatched += in ? 0 : 1;
        }
      }
    }
    return unmatched / (double) n;
  }

  /** Number of pixel edges between lesion and background (image edge counts as background). */
  private static int crackLength(boolean[] mask, int w, int h) {
    int edges = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (mask[y * w + x]) {
          edges += x == 0 || !mask[y * w + x - 1] ? 1 : 0;
          edges += x == w - 1 || !mask[y * w + x + 1] ? 1 : 0;
          edges += y == 0 || !mask[(y - 1) * w + x] ? 1 : 0;
          edges += y == h - 1 || !mask[(y + 1) * w + x] ? 1 : 0;
        }
      }
    }
    return edges;
  }

  /** Largest distance between two boundary pixels (pixel centres, plus one pixel). */
  private static double feret(boolean[] mask, int w, int h) {
    java.util.List<int[]> b = new java.util.ArrayList<>();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (mask[y * w + x]
            && (x == 0
                || y == 0
                || x == w - 1
                || y == h - 1
                || !mask[y * w + x - 1]
                || !mask[y * w + x + 1]
                || !mask[(y - 1) * w + x]
                || !mask[(y + 1) * w + x])) {
          b.add(new int[] {x, y});
        }
      }
    }
    double best = 0;
    for (int i = 0; i < b.size(); i++) {
      for (int j = i + 1; j < b.size(); j++) {
        int dx = b.get(i)[0] - b.get(j)[0];
        int dy = b.get(i)[1] - b.get(j)[1];
        best = Math.max(best, dx * dx + dy * dy);
      }
    }
    return Math.sqrt(best) + 1;
  }
}
