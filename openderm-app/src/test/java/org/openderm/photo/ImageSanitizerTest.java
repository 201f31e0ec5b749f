package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openderm.system.OpenDermException;

class ImageSanitizerTest {

  private final ImageSanitizer sanitizer = new ImageSanitizer(PhotoProperties.defaults());

  private SanitizedImage sanitize(byte[] bytes) {
    return sanitizer.sanitize(new ByteArrayInputStream(bytes));
  }

  static Stream<Arguments> hostileCorpus() {
    byte[] jpeg = HostileCorpus.jpeg(320, 240);
    return Stream.of(
        Arguments.of("empty file", new byte[0], "DERM-0200", 400),
        Arguments.of(
            "text renamed .jpg", HostileCorpus.text("just some notes\n"), "DERM-0203", 415),
        Arguments.of("HTML", HostileCorpus.html(), "DERM-0203", 415),
        Arguments.of("SVG", HostileCorpus.svg(), "DERM-0203", 415),
        Arguments.of("truncated JPEG", HostileCorpus.truncated(jpeg, 0.6), "DERM-0204", 422),
        Arguments.of(
            "JPEG cut after header", HostileCorpus.truncated(jpeg, 0.05), "DERM-0204", 422),
        Arguments.of(
            "PNG bomb 30000x30000", HostileCorpus.pngDeclaring(30000, 30000, 1), "DERM-0202", 422),
        Arguments.of(
            "PNG 1x40M side", HostileCorpus.pngDeclaring(1, 40_000_000, 1), "DERM-0202", 422),
        Arguments.of(
            "PNG lying about size", HostileCorpus.pngDeclaring(1000, 1000, 10), "DERM-0204", 422),
        Arguments.of(
            "JPEG with ZIP appended", HostileCorpus.withZipAppended(jpeg), "DERM-0206", 422),
        Arguments.of("30 MB file", HostileCorpus.huge(30 * 1024 * 1024), "DERM-0201", 413),
        Arguments.of("1x1 PNG", HostileCorpus.png(1, 1), "DERM-0205", 422),
        Arguments.of("63 px short side", HostileCorpus.jpeg(200, 63), "DERM-0205", 422),
        Arguments.of("GIF", gif(), "DERM-0203", 415),
        Arguments.of("BMP", HostileCorpus.encode(rgb(100, 100), "bmp"), "DERM-0203", 415),
        Arguments.of("TIFF", HostileCorpus.encode(rgb(100, 100), "tiff"), "DERM-0203", 415),
        Arguments.of("WebP header", webp(), "DERM-0203", 415),
        Arguments.of("JPEG magic then garbage", HostileCorpus.huge(4096), "DERM-0204", 422));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("hostileCorpus")
  void sanitize_hostileInput_refusesWithClientError(
      String name, byte[] bytes, String code, int status) {
    assertThatThrownBy(() -> sanitize(bytes))
        .isInstanceOf(OpenDermException.class)
        .satisfies(
            e -> {
              OpenDermException ode = (OpenDermException) e;
              assertThat(ode.code()).isEqualTo(code);
              assertThat(ode.status()).isEqualTo(status).isBetween(400, 499);
              assertThat(ode.getMessage()).isNotBlank();
            });
  }

  @Test
  void sanitize_jpegWithExifAndGps_storesPixelsOnlyAndAppliesOrientation() throws Exception {
    byte[] original = ExifFixture.withExif(HostileCorpus.jpeg(320, 240), 6);
    assertThat(new String(original, StandardCharsets.ISO_8859_1))
        .contains("Exif", ExifFixture.COMMENT);
    assertThat(ExifOrientation.of(original)).isEqualTo(6);

    SanitizedImage image = sanitize(original);

    String stored = new String(image.jpeg(), StandardCharsets.ISO_8859_1);
    assertThat(stored).doesNotContain("Exif").doesNotContain(ExifFixture.COMMENT);
    assertThat(ExifOrientation.of(image.jpeg())).isEqualTo(1);
    // Orientation 6 (rotate 90 degrees clockwise): 320 x 240 becomes 240 x 320.
    assertThat(image.width()).isEqualTo(240);
    assertThat(image.height()).isEqualTo(320);
    BufferedImage reread = ImageIO.read(new ByteArrayInputStream(image.jpeg()));
    assertThat(reread.getWidth()).isEqualTo(240);
    assertThat(image.sourceFormat()).isEqualTo("JPEG");
  }

  @Test
  void sanitize_pngWithAlpha_reencodesAsJpeg() {
    SanitizedImage image = sanitize(HostileCorpus.png(300, 200));
    assertThat(image.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    assertThat(image.width()).isEqualTo(300);
    assertThat(image.sourceFormat()).isEqualTo("PNG");
  }

  @Test
  void sanitize_smallestAcceptedSize_passes() {
    assertThat(sanitize(HostileCorpus.jpeg(64, 64)).height()).isEqualTo(64);
  }

  @Test
  void sanitize_paddingAfterEndOfImage_isTolerated() {
    byte[] padded = HostileCorpus.concat(HostileCorpus.jpeg(100, 100), new byte[16]);
    assertThat(sanitize(padded).width()).isEqualTo(100);
  }

  @Test
  void sanitize_fileOverConfiguredLimit_refusedBeforeDecoding() {
    ImageSanitizer small =
        new ImageSanitizer(
            new PhotoProperties(2048, 40_000_000, 12_000, 0.9, 0, Duration.ofSeconds(1)));
    byte[] jpeg = HostileCorpus.jpeg(400, 400);
    assertThat(jpeg.length).isGreaterThan(2048);
    assertThatThrownBy(() -> small.sanitize(new ByteArrayInputStream(jpeg)))
        .isInstanceOf(PhotoTooLargeException.class);
  }

  private static BufferedImage rgb(int w, int h) {
    return HostileCorpus.picture(w, h, BufferedImage.TYPE_INT_RGB);
  }

  private static byte[] gif() {
    return HostileCorpus.encode(
        HostileCorpus.picture(100, 100, BufferedImage.TYPE_BYTE_INDEXED), "gif");
  }

  private static byte[] webp() {
    byte[] b = HostileCorpus.text("RIFF\0\0\0\0WEBPVP8 ");
    return HostileCorpus.concat(b, new byte[200]);
  }
}
