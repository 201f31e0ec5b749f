package org.openderm.photo;

import java.util.Arrays;

/**
 * The image formats OpenDerm accepts, recognised by their first bytes (magic numbers), never by the
 * file name or the client's declared content type.
 *
 * <p>JPEG and PNG only. JPEG is what every phone camera and most dermatoscope software save; PNG is
 * what screenshots and some capture software export. Both are decoded by the JDK's own ImageIO
 * codecs, in Java, with no native library to exploit. Everything else is refused: SVG and HTML
 * carry scripts; GIF, BMP, TIFF and WebP add parsers for no clinical gain; HEIC has no decoder in
 * the JDK (browsers hand iPhone photos over as JPEG when the input asks for images).
 */
enum ImageFormat {
  /** JPEG/JFIF/EXIF: SOI marker followed by the start of a marker segment. */
  JPEG("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  /** PNG: the eight-byte signature of RFC 2083 / ISO 15948. */
  PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String imageIoName;
  private final byte[] magic;

  ImageFormat(String imageIoName, byte[] magic) {
    this.imageIoName = imageIoName;
    this.magic = magic;
  }

  /** The ImageIO format name of the JDK's reader. */
  String imageIoName() {
    return imageIoName;
  }

  /** The format whose magic number starts {@code bytes}, or null if none does. */
  static ImageFormat detect(byte[] bytes) {
    for (ImageFormat f : values()) {
      if (bytes.length >= f.magic.length
          && Arrays.equals(bytes, 0, f.magic.length, f.magic, 0, f.magic.length)) {
        return f;
      }
    }
    return null;
  }
}
