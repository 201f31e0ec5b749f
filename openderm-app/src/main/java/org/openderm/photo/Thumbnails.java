package org.openderm.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.openderm.ml.quality.Resize;

/** Small JPEG previews for the photo timeline (long side at most 256 px). */
final class Thumbnails {

  static final int SIZE = 256;

  private Thumbnails() {}

  static byte[] jpeg(BufferedImage image) {
    double scale = Math.min(1.0, SIZE / (double) Math.max(image.getWidth(), image.getHeight()));
    int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
    // Halving steps with bilinear filtering: close to area averaging, and fast on 12 MP.
    BufferedImage small = image;
    while (small.getWidth() / 2 >= w * 2 || small.getHeight() / 2 >= h * 2) {
      small =
          Resize.bilinear(
              small, small.getWidth() / 2, small.getHeight() / 2, BufferedImage.TYPE_3BYTE_BGR);
    }
    small = Resize.bilinear(small, w, h, BufferedImage.TYPE_3BYTE_BGR);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(small, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
