package org.openderm.ml.quality;

/** Binary morphology on small masks: opening with a 3x3 cross and hole filling. */
final class Morphology {

  private Morphology() {}

  /** Erosion then dilation: removes hairs and specks one pixel wide. */
  static boolean[] open(boolean[] m, int w, int h) {
    return dilate(erode(m, w, h), w, h);
  }

  static boolean[] erode(boolean[] m, int w, int h) {
    boolean[] out = new boolean[m.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        out[i] =
            m[i]
                && (x == 0 || m[i - 1])
                && (x == w - 1 || m[i + 1])
                && (y == 0 || m[i - w])
                && (y == h - 1 || m[i + w]);
      }
    }
    return out;
  }

  static boolean[] dilate(boolean[] m, int w, int h) {
    boolean[] out = new boolean[m.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        out[i] =
            m[i]
                || (x > 0 && m[i - 1])
                || (x < w - 1 && m[i + 1])
                || (y > 0 && m[i - w])
                || (y < h - 1 && m[i + w]);
      }
    }
    return out;
  }

  /** Marks as lesion every background pixel not reachable from the image edge. */
  static boolean[] fillHoles(boolean[] m, int w, int h) {
    boolean[] outside = new boolean[m.length];
    int[] stack = new int[m.length];
    int top = 0;
    for (int i = 0; i < m.length; i++) {
      int x = i % w;
      int y = i / w;
      boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1;
      if (edge && !m[i]) {
        outside[i] = true;
        stack[top++] = i;
      }
    }
    while (top > 0) {
      int i = stack[--top];
      int x = i % w;
      int y = i / w;
      int[] next = {
        x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1
      };
      for (int n : next) {
        if (n >= 0 && !outside[n] && !m[n]) {
          outside[n] = true;
          stack[top++] = n;
        }
      }
    }
    boolean[] out = new boolean[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = !outside[i];
    }
    return out;
  }
}
