package org.openderm.eczema;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/patients/{id}/report.pdf} and its twin for the web UI (session login). */
@RestController
class ReportApiController {

  private final VisitReportService reports;

  ReportApiController(VisitReportService reports) {
    this.reports = reports;
  }

  @GetMapping({
    "/api/v1/patients/{patientId}/report.pdf",
    "/patients/{patientId}/eczema/report.pdf"
  })
  ResponseEntity<byte[]> pdf(@PathVariable UUID patientId, Locale locale) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("openderm-report.pdf").build().toString())
        .body(reports.pdf(patientId, locale));
  }
}
