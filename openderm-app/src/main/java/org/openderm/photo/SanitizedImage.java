package org.openderm.photo;

import java.awt.image.BufferedImage;

/**
 * An uploaded image after sanitising: upright pixels and their fresh JPEG encoding, with no
 * metadata and nothing of the original file but its pixels.
 *
 * @param pixels the decoded, upright image (8-bit RGB)
 * @param jpeg the re-encoded JPEG: a JFIF header and the pixels, no EXIF, GPS, comments or trailer
 * @param sourceFormat the format the upload was in
 */
public record SanitizedImage(BufferedImage pixels, byte[] jpeg, String sourceFormat) {

  /** Width in pixels. */
  public int width() {
    return pixels.getWidth();
  }

  /** Height in pixels. */
  public int height() {
    return pixels.getHeight();
  }
}
