package org.openderm.photo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Inserts an APP1 Exif segment (orientation, GPS position) and a comment into a JPEG. */
final class ExifFixture {

  static final String COMMENT = "secret-comment-payload";

  private ExifFixture() {}

  static byte[] withExif(byte[] jpeg, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(80);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    // IFD0 at 8: two entries, Orientation and the GPS IFD pointer.
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    tiff.putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    // GPS IFD at 38: latitude reference "N" and longitude reference "E".
    tiff.putShort((short) 2);
    tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0);
    tiff.putShort((short) 0);
    tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0);
    tiff.putShort((short) 0);
    tiff.putInt(0);
    byte[] body =
        HostileCorpus.concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    byte[] app1 = segment(0xE1, body);
    byte[] com = segment(0xFE, COMMENT.getBytes(StandardCharsets.US_ASCII));
    // After the JFIF APP0 segment, where cameras put theirs.
    int at = 2;
    if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
      at += 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    }
    return HostileCorpus.concat(
        Arrays.copyOf(jpeg, at), app1, com, Arrays.copyOfRange(jpeg, at, jpeg.length));
  }

  private static byte[] segment(int marker, byte[] body) {
    return ByteBuffer.allocate(4 + body.length)
        .put((byte) 0xFF)
        .put((byte) marker)
        .putShort((short) (body.length + 2))
        .put(body)
        .array();
  }
}
