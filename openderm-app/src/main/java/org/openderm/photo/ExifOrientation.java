package org.openderm.photo;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Reads the EXIF orientation of a JPEG and applies it to the decoded pixels.
 *
 * <p>Phones store the sensor's pixels as they come and record the way the phone was held in the
 * EXIF Orientation tag (0x0112, values 1 to 8: CIPA DC-008, Exif 2.32 section 4.6.4). Since the
 * sanitised copy drops all metadata, the rotation must be applied to the pixels or the photo would
 * be shown on its side. Only IFD0 of the first APP1 Exif segment is read, with every offset
 * bounds-checked: a malformed segment means orientation 1 (as stored), never an error.
 */
final class ExifOrientation {

  private ExifOrientation() {}

  /** The orientation (1..8) recorded in {@code jpeg}, 1 when absent or malformed. */
  static int of(byte[] jpeg) {
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int marker = jpeg[i + 1] & 0xFF;
      int length = u16(jpeg, i + 2, false);
      if (marker == 0xDA || marker == 0xD9 || length < 2) {
        return 1;
      }
      if (marker == 0xE1 && isExif(jpeg, i + 4, length - 2)) {
        return orientation(jpeg, i + 10, i + 2 + length);
      }
      i += 2 + length;
    }
    return 1;
  }

  private static boolean isExif(byte[] b, int start, int length) {
    return length >= 14
        && start + 6 <= b.length
        && b[start] == 'E'
        && b[start + 1] == 'x'
        && b[start + 2] == 'i'
        && b[start + 3] == 'f'
        && b[start + 4] == 0
        && b[start + 5] == 0;
  }

  /** Reads tag 0x0112 from IFD0 of the TIFF structure at {@code tiff}, not past {@code end}. */
  private static int orientation(byte[] b, int tiff, int end) {
    end = Math.min(end, b.length);
    if (tiff + 8 > end) {
      return 1;
    }
    boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
    boolean big = b[tiff] == 'M' && b[tiff + 1] == 'M';
    if (!little && !big) {
      return 1;
    }
    long ifd = tiff + u32(b, tiff + 4, little);
    if (ifd + 2 > end) {
      return 1;
    }
    int entries = u16(b, (int) ifd, little);
    for (int e = 0; e < entries; e++) {
      long entry = ifd + 2 + 12L * e;
      if (entry + 12 > end) {
        return 1;
      }
      int p = (int) entry;
      if (u16(b, p, little) == 0x0112 && u16(b, p + 2, little) == 3) {
        int value = u16(b, p + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  /** Returns {@code image} turned upright according to {@code orientation}. */
  static BufferedImage apply(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirror horizontal
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // rotate 180
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirror vertical
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // transpose
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // rotate 90 clockwise
      case 7 -> t.setTransform(0, -1, -1, 0, h, w); // transverse
      default -> t.setTransform(0, -1, 1, 0, 0, w); // 8: rotate 90 counter-clockwise
    }
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
    var g = out.createGraphics();
    try {
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static int u16(byte[] b, int p, boolean little) {
    if (p < 0 || p + 2 > b.length) {
      return 0;
    }
    int a = b[p] & 0xFF;
    int c = b[p + 1] & 0xFF;
    return little ? (c << 8) | a : (a << 8) | c;
  }

  private static long u32(byte[] b, int p, boolean little) {
    if (p < 0 || p + 4 > b.length) {
      return Long.MAX_VALUE / 2;
    }
    long v = 0;
    for (int k = 0; k < 4; k++) {
      int idx = little ? p + 3 - k : p + k;
      v = (v << 8) | (b[idx] & 0xFF);
    }
    return v;
  }
}
