package org.openderm.ml.quality;

/**
 * The parts of a dermoscopy or close-up image that the metrics look at.
 *
 * <p>Dermoscopy images are usually a circular field of view in a black frame: the dark corners are
 * not under-exposure and their rim is not detail, so exposure, colour and sharpness are measured
 * inside a central ellipse (semi-axes 42% of width and height), which lies inside the field of view
 * of the usual dermatoscope framing.
 */
final class Regions {

  /** The central ellipse's semi-axes as a fraction of width and height. */
  static final double CENTRAL_SEMI_AXIS = 0.42;

  private Regions() {}

  /** A mask of the central ellipse of a {@code width} x {@code height} image. */
  static boolean[] centralEllipse(int width, int height) {
    boolean[] mask = new boolean[width * height];
    double ax = CENTRAL_SEMI_AXIS * width;
    double ay = CENTRAL_SEMI_AXIS * height;
    double cx = (width - 1) / 2.0;
    double cy = (height - 1) / 2.0;
    for (int y = 0; y < height; y++) {
      double dy = (y - cy) / ay;
      for (int x = 0; x < width; x++) {
        double dx = (x - cx) / ax;
        mask[y * width + x] = dx * dx + dy * dy <= 1.0;
      }
    }
    return mask;
  }

  /**
   * The black frame of a dermoscopy image: dark pixels connected to an image corner, by flood fill
   * from the four corners over pixels darker than {@code level}.
   */
  static boolean[] darkFrame(float[] luma, int width, int height, float level) {
    boolean[] frame = new boolean[luma.length];
    int[] stack = new int[luma.length];
    int top = 0;
    int[] corners = {0, width - 1, (height - 1) * width, height * width - 1};
    for (int c : corners) {
      if (luma[c] < level && !frame[c]) {
        frame[c] = true;
        stack[top++] = c;
      }
    }
    while (top > 0) {
      int i = stack[--top];
      int x = i % width;
      int y = i / width;
      int[] next = {
        x > 0 ? i - 1 : -1,
        x < width - 1 ? i + 1 : -1,
        y > 0 ? i - width : -1,
        y < height - 1 ? i + width : -1
      };
      for (int n : next) {
        if (n >= 0 && !frame[n] && luma[n] < level) {
          frame[n] = true;
          stack[top++] = n;
        }
      }
    }
    return frame;
  }
}
