package org.openderm.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.system.fhir.Fhir;
import org.springframework.stereotype.Service;

/**
 * FHIR R4 export and import of one patient's record, through HAPI FHIR structures and the single
 * {@link Fhir#r4()} context: the public facade of the fhir feature.
 */
@Service
public class FhirService {

  /** The record as a FHIR R4 collection Bundle. */
  public Bundle export(FhirPatientRecord record, IdentityMode mode) {
    return FhirExporter.export(record, mode);
  }

  /** The record as FHIR R4 JSON. */
  public String exportJson(FhirPatientRecord record, IdentityMode mode) {
    return Fhir.r4()
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(export(record, mode));
  }

  /**
   * Reads a FHIR R4 Bundle, all or nothing.
   *
   * @throws org.openderm.system.InvalidInputException listing every problem when any part is
   *     malformed or unsupported
   */
  public FhirPatientRecord importJson(String json) {
    return FhirImporter.read(json);
  }
}
