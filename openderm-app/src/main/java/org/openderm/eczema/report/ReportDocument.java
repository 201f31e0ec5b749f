package org.openderm.eczema.report;

import java.util.Base64;
import java.util.List;

/**
 * The visit report as plain, already translated content, and its XHTML rendering for {@link
 * PdfRenderer}.
 *
 * @param language the document's language tag ({@code fr}, {@code en})
 * @param title the report's title
 * @param header lines under the title (patient, period, author)
 * @param sections one per instrument
 * @param footer closing lines (band set sources, disclaimer)
 */
public record ReportDocument(
    String language,
    String title,
    List<String> header,
    List<Section> sections,
    List<String> footer) {

  /**
   * One instrument's part of the report.
   *
   * @param title the instrument's name
   * @param summary trend lines (last value and band, changes)
   * @param chartPng the course chart, or null
   * @param columns the table's column headings
   * @param rows the table's rows, oldest first
   */
  public record Section(
      String title,
      List<String> summary,
      byte[] chartPng,
      List<String> columns,
      List<List<String>> rows) {}

  private static final String CSS =
      "@page{size:A4;margin:16mm 14mm}"
          + "body{font-family:'"
          + PdfRenderer.FONT_FAMILY
          + "';font-size:10pt;color:#222}"
          + "h1{font-size:16pt;margin:0 0 4pt}h2{font-size:12.5pt;margin:14pt 0 4pt;"
          + "border-bottom:1px solid #999}p{margin:2pt 0}.muted{color:#555;font-size:8.5pt}"
          + "table{border-collapse:collapse;width:100%;margin-top:6pt}"
          + "th,td{border:1px solid #bbb;padding:2pt 4pt;text-align:left;vertical-align:top}"
          + "th{background:#eee}img{width:170mm}";

  /** The document as well-formed XHTML with the charts inline. */
  public String toXhtml() {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html><html lang=\"")
        .append(escape(language))
        .append("\"><head>")
        .append("<meta charset=\"utf-8\"/><title>")
        .append(escape(title))
        .append("</title>")
        .append("<style>")
        .append(CSS)
        .append("</style></head><body>");
    html.append("<h1>").append(escape(title)).append("</h1>");
    header.forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
    for (Section section : sections) {
      html.append("<h2>").append(escape(section.title())).append("</h2>");
      section.summary().forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
      if (section.chartPng() != null) {
        html.append("<p><img alt=\"\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(section.chartPng()))
            .append("\"/></p>");
      }
      html.append("<table><thead><tr>");
      section.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
      html.append("</tr></thead><tbody>");
      for (List<String> row : section.rows()) {
        html.append("<tr>");
        row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
        html.append("</tr>");
      }
      html.append("</tbody></table>");
    }
    footer.forEach(line -> html.append("<p class=\"muted\">").append(escape(line)).append("</p>"));
    return html.append("</body></html>").toString();
  }

  /** Escapes text for XHTML content and attributes; drops characters XML cannot carry. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  if (c >= 0x20 || c == '\n' || c == '\t') {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
