package org.openderm.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * A stored triage result whose probabilities are not finite (NaN from a faulty native kernel,
 * stored before the model guarded its output) is still exported: the non-finite values are left out
 * instead of making BigDecimal throw NumberFormatException.
 */
class FhirExportTriageTest {

  @Test
  void nonFiniteProbabilities_areLeftOutAndTheExportGoesOn() {
    FhirPatientRecord.Triage t =
        new FhirPatientRecord.Triage(
            UUID.randomUUID(),
            Instant.parse("2026-12-07T10:00:00Z"),
            null,
            "openderm-lesion-triage 1.0.0",
            false,
            "routine",
            Map.of("mel", Double.NaN, "nv", 0.9, "bcc", Double.POSITIVE_INFINITY));
    DiagnosticReport r = FhirExportRecords.triage(t, new Reference("Patient/1"));
    assertThat(r.getExtensionsByUrl(OpenDermSystems.EXT_CLASS_PROBABILITY))
        .singleElement()
        .satisfies(e -> assertThat(e.getExtensionString("class")).isEqualTo("nv"));
  }
}
