package org.openderm.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Builds valid and hostile image files in memory, so no binary test fixture is committed. */
final class HostileCorpus {

  private HostileCorpus() {}

  /** A textured test picture: a dark disc on a skin-coloured noisy background. */
  static BufferedImage picture(int w, int h, int type) {
    BufferedImage img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(214, 160, 140));
    g.fillRect(0, 0, w, h);
    Random random = new Random(1);
    for (int i = 0; i < w * h / 20; i++) {
      int v = random.nextInt(40);
      g.setColor(new Color(180 + v, 130 + v, 110 + v));
      g.fillRect(random.nextInt(w), random.nextInt(h), 2, 2);
    }
    g.setColor(new Color(90, 50, 40));
    g.fillOval(w / 3, h / 3, w / 3, h / 3);
    g.dispose();
    return img;
  }

  static byte[] jpeg(int w, int h) {
    return encode(picture(w, h, BufferedImage.TYPE_INT_RGB), "jpg");
  }

  static byte[] png(int w, int h) {
    return encode(picture(w, h, BufferedImage.TYPE_INT_ARGB), "png");
  }

  static byte[] encode(BufferedImage img, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] svg() {
    return text(
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"500\""
            + " height=\"500\"><script>alert(document.cookie)</script></svg>");
  }

  static byte[] html() {
    return text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
  }

  static byte[] truncated(byte[] file, double keep) {
    return Arrays.copyOf(file, (int) (file.length * keep));
  }

  static byte[] withZipAppended(byte[] image) {
    try {
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(zip)) {
        z.putNextEntry(new ZipEntry("payload.sh"));
        z.write(text("#!/bin/sh\necho owned\n"));
        z.closeEntry();
      }
      return concat(image, zip.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of {@code size} bytes that starts like a JPEG. */
  static byte[] huge(int size) {
    byte[] b = new byte[size];
    new Random(3).nextBytes(b);
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    return b;
  }

  /**
   * A structurally valid PNG whose header declares {@code w} x {@code h} RGB pixels but whose
   * compressed data holds only {@code dataRows} rows.
   */
  static byte[] pngDeclaring(int w, int h, int dataRows) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    byte[] raw = new byte[dataRows * (1 + 3 * Math.min(w, 1000))];
    Deflater deflater = new Deflater();
    deflater.setInput(raw);
    deflater.finish();
    byte[] buf = new byte[raw.length + 64];
    int n = deflater.deflate(buf);
    deflater.end();
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
        chunk("IHDR", ihdr.array()),
        chunk("IDAT", Arrays.copyOf(buf, n)),
        chunk("IEND", new byte[0]));
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(t)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
