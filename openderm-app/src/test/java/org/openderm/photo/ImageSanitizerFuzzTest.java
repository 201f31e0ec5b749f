package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.openderm.system.OpenDermException;

/** Corrupted images either sanitise or fail with a 4xx, never with an unexpected error. */
class ImageSanitizerFuzzTest {

  private static final byte[] JPEG = ExifFixture.withExif(HostileCorpus.jpeg(96, 80), 3);
  private static final byte[] PNG = HostileCorpus.png(90, 70);

  private final ImageSanitizer sanitizer = new ImageSanitizer(PhotoProperties.defaults());

  @Property(tries = 150)
  void sanitize_corruptedJpeg_neverFailsUnexpectedly(
      @ForAll @IntRange(min = 2, max = 2000) int position,
      @ForAll byte value,
      @ForAll @IntRange(min = 1, max = 100) int keepPercent) {
    assertOnlyClientErrors(corrupt(JPEG, position, value, keepPercent));
  }

  @Property(tries = 100)
  void sanitize_corruptedPng_neverFailsUnexpectedly(
      @ForAll @IntRange(min = 8, max = 2000) int position,
      @ForAll byte value,
      @ForAll @IntRange(min = 1, max = 100) int keepPercent) {
    assertOnlyClientErrors(corrupt(PNG, position, value, keepPercent));
  }

  private void assertOnlyClientErrors(byte[] bytes) {
    try {
      SanitizedImage image = sanitizer.sanitize(new ByteArrayInputStream(bytes));
      assertThat(image.jpeg()).isNotEmpty();
    } catch (OpenDermException e) {
      assertThat(e.status()).isBetween(400, 499);
    }
  }

  private static byte[] corrupt(byte[] original, int position, byte value, int keepPercent) {
    byte[] b = original.clone();
    b[position % b.length] = value;
    return java.util.Arrays.copyOf(b, Math.max(1, b.length * keepPercent / 100));
  }
}
