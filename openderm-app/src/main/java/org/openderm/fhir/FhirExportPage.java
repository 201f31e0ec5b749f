package org.openderm.fhir;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.patient.PatientRecordSection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The FHIR export from the record page: a button that downloads the Bundle with the browser's
 * session (the API address asks for HTTP Basic, which a signed-in person should never see).
 */
@Controller
class FhirExportPage implements PatientRecordSection {

  private final FhirRecordService records;

  FhirExportPage(FhirRecordService records) {
    this.records = records;
  }

  @GetMapping("/patients/{id}/fhir-bundle")
  ResponseEntity<String> download(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean pseudonym) {
    String bundle =
        records.export(id, pseudonym ? IdentityMode.PSEUDONYM : IdentityMode.IDENTITY, false);
    return ResponseEntity.ok()
        .contentType(FhirApiController.FHIR_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("openderm-" + id + (pseudonym ? "-pseudonymised" : "") + ".fhir.json")
                .build()
                .toString())
        .body(bundle);
  }

  @Override
  public int order() {
    return 98;
  }

  @Override
  public String template() {
    return "fhir/export";
  }

  @Override
  public Map<String, Object> model(UUID patientId, Locale locale) {
    return Map.of();
  }
}
