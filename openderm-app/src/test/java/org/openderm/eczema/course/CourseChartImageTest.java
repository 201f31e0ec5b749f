package org.openderm.eczema.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openderm.eczema.instrument.Salt;

/** The printable course chart marks photo dates inside the plotted period, and only those. */
class CourseChartImageTest {

  private static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");
  private static final List<CoursePoint> POINTS =
      List.of(
          new CoursePoint(T0, 60, "S3"), new CoursePoint(T0.plus(Duration.ofDays(10)), 40, "S2"));

  private static BufferedImage chart(List<Instant> photos) throws Exception {
    byte[] png =
        CourseChartImage.png(
            Salt.BANDS.get(0), POINTS, List.of(), photos, b -> b, ZoneOffset.UTC, 900, 300);
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  /** The pixel just under the top of the plot at the middle of the period (x = 44 + 746 / 2). */
  private static Color topMiddle(BufferedImage image) {
    return new Color(image.getRGB(417, 14));
  }

  @Test
  void aPhotoInThePeriod_isMarkedAtItsDate() throws Exception {
    Color marked = topMiddle(chart(List.of(T0.plus(Duration.ofDays(5)))));
    assertThat(marked.getBlue()).isGreaterThan(120);
    assertThat(marked.getGreen()).isLessThan(80);
  }

  @Test
  void noPhoto_orAPhotoOutsideThePeriod_leavesTheChartUnmarked() throws Exception {
    Color plain = topMiddle(chart(List.of()));
    assertThat(plain.getGreen()).isGreaterThan(150);
    BufferedImage outside = chart(List.of(T0.minus(Duration.ofDays(30))));
    BufferedImage none = chart(List.of());
    for (int x = 0; x < 900; x += 7) {
      assertThat(outside.getRGB(x, 14)).isEqualTo(none.getRGB(x, 14));
    }
  }
}
