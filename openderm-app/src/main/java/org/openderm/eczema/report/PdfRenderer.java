package org.openderm.eczema.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders well-formed XHTML to PDF with openhtmltopdf, embedding the bundled DejaVu Sans so that
 * every accent and symbol prints the same on any server (no system fonts needed).
 *
 * <p>Use the font family {@code "DejaVu Sans"} in the document's CSS. Images must be inline ({@code
 * data:} URIs): no base URI is given, so nothing is fetched while rendering.
 */
public final class PdfRenderer {

  /** The font family the documents must use. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private static final String REGULAR = "/fonts/dejavu/DejaVuSans.ttf";
  private static final String BOLD = "/fonts/dejavu/DejaVuSans-Bold.ttf";

  private PdfRenderer() {}

  /** The PDF bytes of an XHTML document. */
  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withProducer("OpenDerm");
      builder.useFont(
          () -> PdfRenderer.class.getResourceAsStream(REGULAR),
          FONT_FAMILY,
          400,
          FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> PdfRenderer.class.getResourceAsStream(BOLD),
          FONT_FAMILY,
          700,
          FontStyle.NORMAL,
          true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
