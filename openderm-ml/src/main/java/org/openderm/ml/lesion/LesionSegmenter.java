package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;

/**
 * Classical lesion segmentation for dermoscopy: smoothed blue channel (where pigment contrasts most
 * with skin), Otsu's threshold (Otsu, IEEE Trans Syst Man Cybern 1979) computed inside the
 * inscribed ellipse (to ignore the dermatoscope's dark corners), the dark connected component that
 * best combines size and closeness to the centre, then hole filling. A baseline, not a learned
 * network: it fails on lesions paler than their surroundings, on heavy hair and when the lesion
 * fills the whole field. Its IoU and Dice on the HAM10000 validation masks are reported with the
 * model.
 */
public final class LesionSegmenter {

  private LesionSegmenter() {}

  /** Lesion mask (row-major, {@code w x h}) of an image. */
  public static boolean[] segment(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    double[] lum = blur(blue(img), w, h, Math.max(1, Math.min(w, h) / 60));
    double t = otsu(lum, w, h);
    boolean[] dark = new boolean[w * h];
    for (int i = 0; i < dark.length; i++) {
      dark[i] = lum[i] < t;
    }
    boolean[] best = bestComponent(dark, w, h);
    return fillHoles(best, w, h);
  }

  private static double[] blue(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
    double[] l = new double[w * h];
    for (int i = 0; i < l.length; i++) {
      int p = rgb[i];
      l[i] = (p & 0xff) / 255.0;
    }
    return l;
  }

  private static double[] blur(double[] src, int w, int h, int r) {
    double[] tmp = new double[src.length];
    double[] out = new double[src.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        int n = 0;
        for (int k = Math.max(0, x - r); k <= Math.min(w - 1, x + r); k++) {
          s += src[y * w + k];
          n++;
        }
        tmp[y * w + x] = s / n;
      }
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        int n = 0;
        for (int k = Math.max(0, y - r); k <= Math.min(h - 1, y + r); k++) {
          s += tmp[k * w + x];
          n++;
        }
        out[y * w + x] = s / n;
      }
    }
    return out;
  }

  /** Otsu's threshold over the pixels inside the ellipse inscribed in the image. */
  static double otsu(double[] lum, int w, int h) {
    int[] hist = new int[256];
    int total = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double u = (x - (w - 1) / 2.0) / (w / 2.0);
        double v = (y - (h - 1) / 2.0) / (h / 2.0);
        if (u * u + v * v <= 1) {
          hist[(int) Math.min(255, Math.round(lum[y * w + x] * 255))]++;
          total++;
        }
      }
    }
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += i * (double) hist[i];
    }
    double sumB = 0;
    int wB = 0;
    double best = -1;
    int threshold = 128;
    for (int i = 0; i < 256; i++) {
      wB += hist[i];
      int wF = total - wB;
      if (wB == 0 || wF == 0) {
        continue;
      }
      sumB += i * (double) hist[i];
      double mB = sumB / wB;
      double mF = (sumAll - sumB) / wF;
      double between = (double) wB * wF * (mB - mF) * (mB - mF);
      if (between > best) {
        best = between;
        threshold = i;
      }
    }
    return (threshold + 0.5) / 255;
  }

  /** The component maximising area / (1 + distance of its centroid to the centre / radius)^2. */
  static boolean[] bestComponent(boolean[] fg, int w, int h) {
    int[] label = new int[w * h];
    int next = 0;
    int bestLabel = -1;
    double bestScore = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    double radius = Math.hypot(w, h) / 2;
    for (int start = 0; start < fg.length; start++) {
      if (!fg[start] || label[start] != 0) {
        continue;
      }
      next++;
      label[start] = next;
      queue.add(start);
      long n = 0;
      double sx = 0;
      double sy = 0;
      while (!queue.isEmpty()) {
        int p = queue.poll();
        int x = p % w;
        int y = p / w;
        n++;
        sx += x;
        sy += y;
        int[] nb = {
          x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1
        };
        for (int q : nb) {
          if (q >= 0 && fg[q] && label[q] == 0) {
            label[q] = next;
            queue.add(q);
          }
        }
      }
      double d = Math.hypot(sx / n - (w - 1) / 2.0, sy / n - (h - 1) / 2.0) / radius;
      double score = n / Math.pow(1 + 3 * d, 2);
      if (score > bestScore) {
        bestScore = score;
        bestLabel = next;
      }
    }
    boolean[] out = new boolean[w * h];
    for (int i = 0; i < out.length; i++) {
      out[i] = label[i] == bestLabel && bestLabel > 0;
    }
    return out;
  }

  /** Background pixels not reachable from the image border become lesion. */
  static boolean[] fillHoles(boolean[] m, int w, int h) {
    boolean[] outside = new boolean[w * h];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < w * h; i++) {
      int x = i % w;
      int y = i / w;
      if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && !m[i]) {
        outside[i] = true;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int p = queue.poll();
      int x = p % w;
      int y = p / w;
      int[] nb = {
        x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1
      };
      for (int q : nb) {
        if (q >= 0 && !m[q] && !outside[q]) {
          outside[q] = true;
          queue.add(q);
        }
      }
    }
    boolean[] out = new boolean[w * h];
    for (int i = 0; i < out.length; i++) {
      out[i] = !outside[i];
    }
    return out;
  }
}
