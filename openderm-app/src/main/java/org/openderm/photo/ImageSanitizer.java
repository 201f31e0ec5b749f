package org.openderm.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openderm.ml.quality.QualityGate;

/**
 * Turns an untrusted upload into a safe image (OWASP ASVS v4 section 12.1 and 12.2, file upload and
 * integrity): bounded read, magic-number check, no appended payload, dimensions from the header
 * capped before decoding, complete decode with warnings treated as errors, EXIF orientation
 * applied, and a fresh JPEG encoded from the pixels alone (EXIF, GPS, comments, ICC profiles and
 * trailers are gone). Every refusal is an {@link org.openderm.system.OpenDermException} (4xx),
 * never an unexpected error. Thread-safe; plain Java.
 */
public final class ImageSanitizer {

  private final PhotoProperties limits;
  private final DecodePermits permits;

  public ImageSanitizer(PhotoProperties limits) {
    this(limits, DecodePermits.of(limits));
  }

  ImageSanitizer(PhotoProperties limits, DecodePermits permits) {
    this.limits = Objects.requireNonNull(limits);
    this.permits = Objects.requireNonNull(permits);
  }

  /** Reads, checks, decodes and re-encodes the image in {@code in} (which it does not close). */
  public SanitizedImage sanitize(InputStream in) {
    byte[] bytes = readBounded(in);
    if (bytes.length == 0) {
      throw new MissingImageException("The image file is empty.");
    }
    ImageFormat format = ImageFormat.detect(bytes);
    if (format == null) {
      throw new UnsupportedImageFormatException(
          "Only JPEG and PNG images are accepted (checked from the file's content).");
    }
    long end = ImageEnd.of(format, bytes);
    if (end < 0) {
      throw new UnreadableImageException("The image is truncated or its structure is broken.");
    }
    if (hasPayloadAfter(bytes, (int) end)) {
      throw new AppendedDataException("The file carries data after the end of its image.");
    }
    // The cheap checks above run unbounded; the decode and re-encode, which hold the rasters,
    // wait for a permit.
    try (DecodePermits.Permit permit = permits.acquire()) {
      BufferedImage decoded = decode(format, bytes);
      int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : 1;
      BufferedImage upright = ExifOrientation.apply(toRgb(decoded), orientation);
      return new SanitizedImage(upright, encode(upright), format.name());
    }
  }

  /** The bound on concurrent decodes (for the tests and the start-up log). */
  DecodePermits permits() {
    return permits;
  }

  private byte[] readBounded(InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (bytes.length > limits.maxBytes()) {
        throw new PhotoTooLargeException(
            "The file is larger than " + limits.maxBytes() / (1024 * 1024) + " MiB.");
      }
      return bytes;
    } catch (IOException e) {
      throw new MissingImageException("The image could not be received completely.");
    }
  }

  /**
   * Zero or 0xFF padding after the end is tolerated (some encoders write it); anything else not.
   */
  private static boolean hasPayloadAfter(byte[] bytes, int end) {
    for (int i = end; i < bytes.length; i++) {
      if (bytes[i] != 0 && bytes[i] != (byte) 0xFF) {
        return true;
      }
    }
    return false;
  }

  private BufferedImage decode(ImageFormat format, byte[] bytes) {
    ImageReader reader = jdkReader(format);
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(input, true, true);
      checkDimensions(reader.getWidth(0), reader.getHeight(0));
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      BufferedImage image = reader.read(0);
      if (!warnings.isEmpty() || image == null) {
        throw new UnreadableImageException("The image data is incomplete or corrupt.");
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof org.openderm.system.OpenDermException known) {
        throw known;
      }
      // ImageIO reports malformed data with IIOException but also with unchecked exceptions.
      throw new UnreadableImageException("The image could not be decoded.");
    } finally {
      reader.dispose();
    }
  }

  private void checkDimensions(int width, int height) {
    if (width <= 0
        || height <= 0
        || width > limits.maxSide()
        || height > limits.maxSide()
        || (long) width * height > limits.maxPixels()) {
      throw new ImageDimensionsException(
          "The image declares "
              + width
              + " x "
              + height
              + " pixels; at most "
              + limits.maxPixels() / 1_000_000
              + " MP and "
              + limits.maxSide()
              + " px per side are accepted.");
    }
    if (Math.min(width, height) < QualityGate.MIN_SHORT_SIDE) {
      throw new ImageTooSmallException(
          "The image is "
              + width
              + " x "
              + height
              + " pixels; its short side must be at least "
              + QualityGate.MIN_SHORT_SIDE
              + " px.");
    }
  }

  /** The JDK's own reader (com.sun.imageio), not a plug-in another library may have registered. */
  private static ImageReader jdkReader(ImageFormat format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
    ImageReader fallback = null;
    while (readers.hasNext()) {
      ImageReader r = readers.next();
      if (r.getClass().getName().startsWith("com.sun.imageio.plugins.")) {
        return r;
      }
      fallback = fallback == null ? r : fallback;
    }
    if (fallback == null) {
      throw new IllegalStateException("no ImageIO reader for " + format);
    }
    return fallback;
  }

  /** 8-bit BGR, with transparency flattened onto white. */
  private static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  private byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality((float) limits.jpegQuality());
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
