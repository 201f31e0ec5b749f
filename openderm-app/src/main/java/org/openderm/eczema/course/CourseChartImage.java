package org.openderm.eczema.course;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.openderm.eczema.instrument.Band;
import org.openderm.eczema.instrument.BandSet;

/**
 * Draws one instrument's course as a PNG for the visit report: the band set shaded behind the line,
 * band labels at the right, dates at the ends of the time axis.
 *
 * <p>Plain Java2D with the bundled DejaVu font, so it renders the same on a headless server without
 * system fonts. The interactive chart in the browser is Chart.js; this is its printable twin.
 */
public final class CourseChartImage {

  private static final Color[] SHADES = {
    new Color(0xE8F5E9),
    new Color(0xF1F8E9),
    new Color(0xFFFDE7),
    new Color(0xFFF3E0),
    new Color(0xFFEBEE),
    new Color(0xFCE4EC),
    new Color(0xF3E5F5)
  };
  private static final Color LINE = new Color(0x1565C0);
  private static final Color TREATMENT = new Color(21, 101, 192, 40);
  static final Color PHOTO = new Color(0x6A1B9A);
  private static final BasicStroke DOTTED =
      new BasicStroke(
          1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f);
  private static final int LEFT = 44;
  private static final int RIGHT = 110;
  private static final int TOP = 12;
  private static final int BOTTOM = 28;
  private static final Font FONT = loadFont();

  private CourseChartImage() {}

  /**
   * The chart as PNG bytes.
   *
   * @param bands the band set to shade (its max is the top of the scale)
   * @param points the scores, in any order
   * @param bandLabel the translated label of a band key
   * @param zone the time zone the dates are shown in
   */
  public static byte[] png(
      BandSet bands,
      List<CoursePoint> points,
      Function<String, String> bandLabel,
      ZoneId zone,
      int width,
      int height) {
    return png(bands, points, List.of(), bandLabel, zone, width, height);
  }

  /** The chart with treatment periods shaded over the time axis. */
  public static byte[] png(
      BandSet bands,
      List<CoursePoint> points,
      List<TreatmentSpan> treatments,
      Function<String, String> bandLabel,
      ZoneId zone,
      int width,
      int height) {
    return png(bands, points, treatments, List.of(), bandLabel, zone, width, height);
  }

  /**
   * The chart with treatment periods shaded and photo dates marked (a small triangle at the top and
   * a dotted line, as on the interactive chart); photos outside the plotted period are left out.
   */
  public static byte[] png(
      BandSet bands,
      List<CoursePoint> points,
      List<TreatmentSpan> treatments,
      List<Instant> photos,
      Function<String, String> bandLabel,
      ZoneId zone,
      int width,
      int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      Frame frame = new Frame(width, height, bands.max().doubleValue());
      shadeBands(g, frame, bands, bandLabel);
      drawTreatments(g, frame, points, treatments);
      drawPhotos(g, frame, points, photos);
      drawSeries(g, frame, points, zone);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The plotting area and its scales. */
  private record Frame(int width, int height, double max) {
    int plotRight() {
      return width - RIGHT;
    }

    int plotBottom() {
      return height - BOTTOM;
    }

    double y(double score) {
      return plotBottom() - (plotBottom() - TOP) * (score / max);
    }
  }

  private static void shadeBands(
      Graphics2D g, Frame frame, BandSet bands, Function<String, String> bandLabel) {
    g.setFont(FONT.deriveFont(10f));
    List<Band> list = bands.bands();
    for (int i = 0; i < list.size(); i++) {
      Band band = list.get(i);
      double top = frame.y(band.upper().doubleValue());
      double bottom = frame.y(band.lower().doubleValue());
      g.setColor(SHADES[shade(i, list.size())]);
      g.fillRect(LEFT, (int) top, frame.plotRight() - LEFT, (int) Math.max(1, bottom - top));
      g.setColor(Color.DARK_GRAY);
      if (bottom - top >= 10) {
        g.drawString(
            bandLabel.apply(band.name()), frame.plotRight() + 4, (int) (top + bottom) / 2 + 4);
      }
      if (band.upper().compareTo(BigDecimal.ZERO) > 0) {
        g.drawString(band.upper().stripTrailingZeros().toPlainString(), 4, (int) top + 4);
      }
    }
    g.drawString("0", 4, frame.plotBottom() + 4);
    g.setColor(Color.GRAY);
    g.drawRect(LEFT, TOP, frame.plotRight() - LEFT, frame.plotBottom() - TOP);
  }

  private static void drawTreatments(
      Graphics2D g, Frame frame, List<CoursePoint> points, List<TreatmentSpan> treatments) {
    if (points.isEmpty() || treatments.isEmpty()) {
      return;
    }
    TimeAxis axis = TimeAxis.of(points, frame);
    int row = 0;
    for (TreatmentSpan t : treatments) {
      double from = axis.x(t.from());
      double to = axis.x(t.to());
      int left = (int) Math.max(LEFT, Math.min(from, frame.plotRight()));
      int right = (int) Math.max(LEFT, Math.min(to, frame.plotRight()));
      if (right <= left) {
        continue;
      }
      g.setColor(TREATMENT);
      g.fillRect(left, TOP, right - left, frame.plotBottom() - TOP);
      g.setColor(LINE);
      g.drawString(t.label(), left + 3, frame.plotBottom() - 4 - 12 * (row++ % 3));
    }
  }

  private static void drawPhotos(
      Graphics2D g, Frame frame, List<CoursePoint> points, List<Instant> photos) {
    if (points.size() < 2 || photos.isEmpty()) {
      return;
    }
    TimeAxis axis = TimeAxis.of(points, frame);
    for (Instant photo : photos) {
      double x = axis.x(photo);
      if (x < LEFT || x > frame.plotRight()) {
        continue;
      }
      g.setColor(PHOTO);
      g.setStroke(DOTTED);
      g.drawLine((int) x, TOP + 8, (int) x, frame.plotBottom());
      g.setStroke(new BasicStroke(1f));
      Path2D.Double mark = new Path2D.Double();
      mark.moveTo(x - 5, TOP);
      mark.lineTo(x + 5, TOP);
      mark.lineTo(x, TOP + 8);
      mark.closePath();
      g.fill(mark);
    }
  }

  /** The shade of band {@code i} of {@code n}, spread from green to red. */
  static int shade(int i, int n) {
    return n <= 1 ? 0 : Math.round(i * (SHADES.length - 1) / (float) (n - 1));
  }

  private static void drawSeries(Graphics2D g, Frame frame, List<CoursePoint> points, ZoneId zone) {
    if (points.isEmpty()) {
      return;
    }
    List<CoursePoint> sorted =
        points.stream().sorted(Comparator.comparing(CoursePoint::takenAt)).toList();
    Instant first = sorted.get(0).takenAt();
    Instant last = sorted.get(sorted.size() - 1).takenAt();
    TimeAxis axis = TimeAxis.of(sorted, frame);
    Path2D.Double line = new Path2D.Double();
    g.setColor(LINE);
    for (int i = 0; i < sorted.size(); i++) {
      CoursePoint point = sorted.get(i);
      double x = sorted.size() == 1 ? (LEFT + frame.plotRight()) / 2.0 : axis.x(point.takenAt());
      double y = frame.y(point.score());
      if (i == 0) {
        line.moveTo(x, y);
      } else {
        line.lineTo(x, y);
      }
      g.fill(new Ellipse2D.Double(x - 3, y - 3, 6, 6));
    }
    g.setStroke(new BasicStroke(2f));
    g.draw(line);
    DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
    g.setColor(Color.DARK_GRAY);
    g.drawString(date.format(first), LEFT, frame.plotBottom() + 16);
    String end = date.format(last);
    g.drawString(
        end, frame.plotRight() - g.getFontMetrics().stringWidth(end), frame.plotBottom() + 16);
  }

  private static Font loadFont() {
    try (InputStream in =
        CourseChartImage.class.getResourceAsStream("/fonts/dejavu/DejaVuSans.ttf")) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("bundled DejaVu font unreadable", e);
    }
  }

  /** Where an instant falls on the horizontal axis spanned by the assessments' dates. */
  private record TimeAxis(long first, double span, int right) {

    static TimeAxis of(List<CoursePoint> points, Frame frame) {
      long first =
          points.stream()
              .map(CoursePoint::takenAt)
              .min(Comparator.naturalOrder())
              .orElseThrow()
              .getEpochSecond();
      long last =
          points.stream()
              .map(CoursePoint::takenAt)
              .max(Comparator.naturalOrder())
              .orElseThrow()
              .getEpochSecond();
      return new TimeAxis(first, Math.max(1, last - first), frame.plotRight());
    }

    double x(Instant at) {
      return LEFT + (right - LEFT) * ((at.getEpochSecond() - first) / span);
    }
  }
}
