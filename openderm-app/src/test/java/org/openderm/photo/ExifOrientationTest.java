package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExifOrientationTest {

  /**
   * A 4 x 2 image with a red pixel at the stored top-left corner; after applying the orientation,
   * the red pixel must be where the Exif definition puts the stored top-left (CIPA DC-008).
   */
  @ParameterizedTest(name = "orientation {0}")
  @CsvSource({
    "1, 4, 2, 0, 0",
    "2, 4, 2, 3, 0",
    "3, 4, 2, 3, 1",
    "4, 4, 2, 0, 1",
    "5, 2, 4, 0, 0",
    "6, 2, 4, 1, 0",
    "7, 2, 4, 1, 3",
    "8, 2, 4, 0, 3"
  })
  void apply_movesStoredTopLeftWhereExifSays(int orientation, int w, int h, int x, int y) {
    BufferedImage img = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0xFF0000);
    BufferedImage upright = ExifOrientation.apply(img, orientation);
    assertThat(upright.getWidth()).isEqualTo(w);
    assertThat(upright.getHeight()).isEqualTo(h);
    assertThat(upright.getRGB(x, y) & 0xFFFFFF).isEqualTo(0xFF0000);
  }

  @ParameterizedTest(name = "orientation {0} read back")
  @CsvSource({"1", "3", "6", "8"})
  void of_readsTheOrientationTag(int orientation) {
    byte[] jpeg = ExifFixture.withExif(HostileCorpus.jpeg(80, 80), orientation);
    assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);
  }
}
