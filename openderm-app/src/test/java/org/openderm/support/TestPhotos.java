package org.openderm.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/** Photos for cross-feature tests: a decodable JPEG and its multipart/form-data upload body. */
public final class TestPhotos {

  public static final String BOUNDARY = "----openderm-support-boundary-41c2";
  public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private TestPhotos() {}

  /** A skin-toned JPEG with a darker round patch in the middle (seeded noise, so not flat). */
  public static byte[] jpeg(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    double r = Math.min(width, height) / 4.0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean lesion = Math.hypot(x - width / 2.0, y - height / 2.0) < r;
        int n = random.nextInt(21) - 10;
        int red = (lesion ? 150 : 225) + n;
        int green = (lesion ? 90 : 180) + n;
        int blue = (lesion ? 80 : 160) + n;
        image.setRGB(x, y, (red << 16) | (green << 8) | blue);
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A multipart body with the file under {@code image} and an optional {@code bodySite}. */
  public static byte[] multipart(byte[] file, String bodySite) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bodySite != null) {
      text(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bodySite\"\r\n\r\n");
      text(out, bodySite + "\r\n");
    }
    text(
        out,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"photo.jpg\""
            + "\r\nContent-Type: image/jpeg\r\n\r\n");
    out.writeBytes(file);
    text(out, "\r\n--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  private static void text(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
