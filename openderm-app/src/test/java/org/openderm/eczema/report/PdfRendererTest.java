package org.openderm.eczema.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openderm.eczema.course.CourseChartImage;
import org.openderm.eczema.course.CoursePoint;
import org.openderm.eczema.instrument.ScoradBands;

class PdfRendererTest {

  @Test
  void render_embedsFont_andTextIsExtractable() throws Exception {
    byte[] chart =
        CourseChartImage.png(
            ScoradBands.PATIENT.get(0),
            List.of(
                new CoursePoint(Instant.parse("2026-11-01T08:00:00Z"), 45.1, "moderate"),
                new CoursePoint(Instant.parse("2026-11-08T08:00:00Z"), 30.5, "moderate")),
            band -> band,
            ZoneOffset.UTC,
            600,
            240);
    String html =
        "<html><head><style>body{font-family:'DejaVu Sans'}</style></head><body>"
            + "<h1>Évolution de l'eczéma – PO-SCORAD</h1><p>Score : 45,1 / 103 ≥ modéré</p>"
            + "<img src=\"data:image/png;base64,"
            + Base64.getEncoder().encodeToString(chart)
            + "\" width=\"300\"/></body></html>";

    byte[] pdf = PdfRenderer.render(html);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Évolution de l'eczéma", "45,1 / 103", "≥ modéré");
      assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
    }
  }
}
