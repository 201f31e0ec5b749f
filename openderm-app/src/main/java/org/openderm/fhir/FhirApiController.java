package org.openderm.fhir;

import java.util.UUID;
import org.openderm.fhir.FhirImportService.ImportResult;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** FHIR R4 export of a patient ({@code GET /api/v1/patients/{id}/fhir}) and import of a Bundle. */
@RestController
class FhirApiController {

  static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

  private final FhirRecordService records;
  private final FhirImportService imports;

  FhirApiController(FhirRecordService records, FhirImportService imports) {
    this.records = records;
    this.imports = imports;
  }

  /** The record as a Bundle; {@code identity=pseudonym} replaces the identity by a pseudonym. */
  @GetMapping("/api/v1/patients/{id}/fhir")
  ResponseEntity<String> export(
      @PathVariable UUID id, @RequestParam(defaultValue = "identity") String identity) {
    IdentityMode mode =
        switch (identity) {
          case "identity" -> IdentityMode.IDENTITY;
          case "pseudonym" -> IdentityMode.PSEUDONYM;
          default -> throw new InvalidInputException("identity", "must be identity or pseudonym");
        };
    return ResponseEntity.ok().contentType(FHIR_JSON).body(records.export(id, mode));
  }

  @PostMapping(
      value = "/api/v1/fhir/import",
      consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<ImportResult> importBundle(@RequestBody String bundle) {
    return ResponseEntity.status(HttpStatus.CREATED).body(imports.importBundle(bundle));
  }
}
