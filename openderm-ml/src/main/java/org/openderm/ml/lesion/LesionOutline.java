package org.openderm.ml.lesion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.openderm.ml.quality.Resize;

/**
 * A lesion's outline on its photo: the measurements ({@link LesionShape}) and the photo with the
 * border drawn on it, so that the clinician sees what was measured and can reject a wrong outline.
 * Both on the photo scaled so that its long side is at most 256 pixels (smaller photos as they
 * are), from the lesion outline network ({@link LesionOutliner}).
 *
 * @param shape the measurements, or null when nothing was outlined
 * @param png the photo with the outline, PNG bytes
 */
public record LesionOutline(LesionShape shape, byte[] png) {

  /** Long side of the measured and drawn image. */
  public static final int SIDE = 256;

  /** Outlines the lesion of a photo with the bundled network. */
  public static LesionOutline of(BufferedImage image) {
    return of(image, LesionOutliner.bundled());
  }

  /** Outlines the lesion of a photo with a given network. */
  public static LesionOutline of(BufferedImage image, LesionOutliner outliner) {
    double f = Math.min(1.0, (double) SIDE / Math.max(image.getWidth(), image.getHeight()));
    int w = Math.max(1, (int) Math.round(image.getWidth() * f));
    int h = Math.max(1, (int) Math.round(image.getHeight() * f));
    boolean[] mask = outliner.segment(image, w, h);
    return new LesionOutline(LesionShape.of(mask, w, h), png(image, mask, w, h));
  }

  /** The scaled photo with the mask's border pixels drawn in a colour that stands out on skin. */
  static byte[] png(BufferedImage image, boolean[] mask, int w, int h) {
    BufferedImage out = Resize.bilinear(image, w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (border(mask, x, y, w, h)) {
          out.setRGB(x, y, 0x00e5ff);
        }
      }
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(out, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A lesion pixel with a background pixel within one step (an outline about 2 px wide). */
  private static boolean border(boolean[] m, int x, int y, int w, int h) {
    if (!m[y * w + x]) {
      return false;
    }
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int nx = x + dx;
        int ny = y + dy;
        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !m[ny * w + nx]) {
          return true;
        }
      }
    }
    return false;
  }
}
