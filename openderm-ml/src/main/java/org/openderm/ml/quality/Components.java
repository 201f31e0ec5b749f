package org.openderm.ml.quality;

/**
 * Picks the lesion among the connected dark regions: the one with the largest area weighted by
 * closeness to the image centre, as a photographer frames the lesion of interest near the centre.
 */
final class Components {

  /** Regions smaller than this share of the image are specks (hair crossings, pores). */
  static final double MIN_AREA = 0.002;

  private Components() {}

  static boolean[] best(boolean[] m, int w, int h) {
    int[] label = new int[m.length];
    int[] stack = new int[m.length];
    int next = 0;
    int bestLabel = -1;
    double bestScore = 0;
    double halfDiagonal = Math.hypot(w / 2.0, h / 2.0);
    for (int seed = 0; seed < m.length; seed++) {
      if (!m[seed] || label[seed] != 0) {
        continue;
      }
      next++;
      label[seed] = next;
      stack[0] = seed;
      int top = 1;
      long area = 0;
      long onEdge = 0;
      double sx = 0;
      double sy = 0;
      while (top > 0) {
        int i = stack[--top];
        int x = i % w;
        int y = i / w;
        area++;
        if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
          onEdge++;
        }
        sx += x;
        sy += y;
        int[] nb = {
          x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1
        };
        for (int n : nb) {
          if (n >= 0 && m[n] && label[n] == 0) {
            label[n] = next;
            stack[top++] = n;
          }
        }
      }
      if (area < MIN_AREA * m.length) {
        continue;
      }
      double dist = Math.hypot(sx / area - (w - 1) / 2.0, sy / area - (h - 1) / 2.0);
      // Vignetting darkens the corners: a region hugging the edge is less likely the lesion.
      double edgeShare = Math.min(1, onEdge / (2.0 * Math.sqrt(Math.PI * area)));
      double score = area * (1 - 0.8 * Math.min(1, dist / halfDiagonal)) * (1 - 0.7 * edgeShare);
      if (score > bestScore) {
        bestScore = score;
        bestLabel = next;
      }
    }
    boolean[] out = new boolean[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = bestLabel > 0 && label[i] == bestLabel;
    }
    return out;
  }
}
