package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renders a class activation map (Zhou et al., "Learning Deep Features for Discriminative
 * Localization", CVPR 2016) as a semi-transparent colour overlay on the centre square of the photo.
 * It shows where the evidence for the top class lies, not why; it can highlight artefacts (rulers,
 * hair, ink), which is a reason to distrust the prediction.
 */
public final class HeatMap {

  /** Side of the rendered overlay in pixels. */
  public static final int SIDE = 224;

  private HeatMap() {}

  /** PNG of the overlay of a {@code side x side} activation map on the image's centre square. */
  public static byte[] png(BufferedImage img, double[] cam, int side) {
    byte[] base = ImagePrep.squareThumbnail(img, SIDE);
    double max = 1e-9;
    for (double v : cam) {
      max = Math.max(max, v);
    }
    BufferedImage out = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        double v = Math.max(0, sampleMap(cam, side, x, y)) / max;
        int o = (y * SIDE + x) * 3;
        int[] heat = colour(v);
        double a = 0.5 * v;
        int r = blend(base[o] & 0xff, heat[0], a);
        int g = blend(base[o + 1] & 0xff, heat[1], a);
        int b = blend(base[o + 2] & 0xff, heat[2], a);
        out.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(out, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static double sampleMap(double[] cam, int side, int x, int y) {
    double fx = Math.min(Math.max((x + 0.5) * side / SIDE - 0.5, 0), side - 1.0);
    double fy = Math.min(Math.max((y + 0.5) * side / SIDE - 0.5, 0), side - 1.0);
    int x0 = (int) fx;
    int y0 = (int) fy;
    int x1 = Math.min(x0 + 1, side - 1);
    int y1 = Math.min(y0 + 1, side - 1);
    double ax = fx - x0;
    double ay = fy - y0;
    double top = cam[y0 * side + x0] * (1 - ax) + cam[y0 * side + x1] * ax;
    double bottom = cam[y1 * side + x0] * (1 - ax) + cam[y1 * side + x1] * ax;
    return top * (1 - ay) + bottom * ay;
  }

  /** Blue (low) to red (high) through green and yellow. */
  private static int[] colour(double v) {
    double r = Math.min(1, Math.max(0, 1.5 - Math.abs(4 * v - 3)));
    double g = Math.min(1, Math.max(0, 1.5 - Math.abs(4 * v - 2)));
    double b = Math.min(1, Math.max(0, 1.5 - Math.abs(4 * v - 1)));
    return new int[] {(int) (r * 255), (int) (g * 255), (int) (b * 255)};
  }

  private static int blend(int base, int over, double a) {
    return (int) Math.round(base * (1 - a) + over * a);
  }
}
