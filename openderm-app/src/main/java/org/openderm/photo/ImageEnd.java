package org.openderm.photo;

/**
 * Finds where the image data of a JPEG or PNG file ends, so that anything appended after it (an
 * archive, a script: a polyglot file) can be refused.
 *
 * <p>JPEG: walks the marker segments from SOI (ITU-T T.81 annex B), skipping each segment by its
 * length and the entropy-coded data after SOS (where a 0xFF byte is always followed by 0x00 or a
 * restart marker), up to EOI. Thumbnails inside APP1 are skipped with their segment. PNG: walks the
 * chunks by their lengths up to IEND. Returns -1 when the structure is broken (truncated), so that
 * the decoder's error is the one reported.
 */
final class ImageEnd {

  private ImageEnd() {}

  /** The offset just past the image's last byte, or -1 if the structure is broken. */
  static long of(ImageFormat format, byte[] b) {
    return format == ImageFormat.JPEG ? jpeg(b) : png(b);
  }

  private static long jpeg(byte[] b) {
    int i = 2;
    while (i + 1 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return -1;
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      if (marker == 0xD9) {
        return i + 2;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2;
        continue;
      }
      if (i + 3 >= b.length) {
        return -1;
      }
      int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
      if (length < 2) {
        return -1;
      }
      i += 2 + length;
      if (marker == 0xDA) {
        i = skipEntropyCoded(b, i);
      }
    }
    return -1;
  }

  /** The index of the next marker after entropy-coded data starting at {@code i}. */
  private static int skipEntropyCoded(byte[] b, int i) {
    while (i + 1 < b.length) {
      if ((b[i] & 0xFF) == 0xFF) {
        int next = b[i + 1] & 0xFF;
        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
          return i;
        }
        i += 2;
      } else {
        i++;
      }
    }
    return b.length;
  }

  private static long png(byte[] b) {
    long i = 8;
    while (i + 8 <= b.length) {
      int p = (int) i;
      long length =
          ((b[p] & 0xFFL) << 24)
              | ((b[p + 1] & 0xFF) << 16)
              | ((b[p + 2] & 0xFF) << 8)
              | (b[p + 3] & 0xFF);
      boolean iend = b[p + 4] == 'I' && b[p + 5] == 'E' && b[p + 6] == 'N' && b[p + 7] == 'D';
      i += 12 + length; // length, type, data, CRC
      if (iend) {
        return i <= b.length ? i : -1;
      }
    }
    return -1;
  }
}
