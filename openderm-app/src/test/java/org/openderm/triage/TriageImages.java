package org.openderm.triage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.openderm.ml.quality.Resize;

/**
 * Test images for triage: a real HAM10000 dermoscopic image (200 x 150, which passes the photo
 * gate) and copies degraded by code, plus multipart bodies to send them.
 */
final class TriageImages {

  static final Path HAM = Path.of("..", "..", "shared", "data", "ham10000", "images");

  /** Passes every check of the gate (measured). */
  static final Path LESION = HAM.resolve("ISIC_0024306.jpg");

  private TriageImages() {}

  static BufferedImage lesionPixels() {
    assumeTrue(Files.exists(LESION), "../shared/data is needed for this test");
    try {
      return ImageIO.read(LESION.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lesion image as a JPEG file's bytes. */
  static byte[] lesion() {
    lesionPixels();
    try {
      return Files.readAllBytes(LESION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lesion, shrunk fourfold and blown up again: the gate calls it BLURRED. */
  static byte[] blurred() {
    BufferedImage img = lesionPixels();
    int w = img.getWidth();
    int h = img.getHeight();
    return jpeg(scale(scale(img, w / 4, h / 4), w, h));
  }

  /** The lesion at 120 x 90: sharp, but under the 144 px the gate and triage need. */
  static byte[] small() {
    return jpeg(scale(lesionPixels(), 120, 90));
  }

  static BufferedImage scale(BufferedImage src, int w, int h) {
    return Resize.bilinear(src, w, h, BufferedImage.TYPE_INT_RGB);
  }

  static byte[] jpeg(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A multipart/form-data body with one file part {@code image}. */
  record Multipart(String contentType, byte[] body) {}

  static Multipart multipart(byte[] image, String fileName) {
    String boundary = "----openderm" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: image/jpeg\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(image);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
  }
}
