package org.openderm.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class RecordFhirRoundTripTest extends IntegrationTest {

  @Test
  void export_thenImport_givesTheSameClinicalRecord() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("RoundTrip"));
    var api = api(derm);
    String p = "/api/v1/patients/" + patient;
    String today = LocalDate.now().toString();
    api.post(p + "/problems", Map.of("system", "icd-10", "code", "L20.8", "display", "Eczéma"));
    api.post(
        p + "/medications",
        Map.of("name", "Méthotrexate", "atc", "L04AX03", "intervalDays", 7, "start", "2026-01-05"));
    api.post(p + "/labs", Map.of("loinc", "1742-6", "value", 31, "unit", "U/L", "takenOn", today));
    api.post(p + "/labs", Map.of("loinc", "5196-1", "valueText", "negative", "takenOn", today));
    api.post(p + "/immunizations", Map.of("cvx", "187", "status", "completed", "date", today));
    api.post(p + "/immunizations", Map.of("cvx", "37", "status", "planned"));
    api.post(
        p + "/allergies",
        Map.of("substance", "Latex", "type", "intolerance", "criticality", "low"));
    api.post(
        p + "/pregnancy-status",
        Map.of("status", "not-pregnant", "observedOn", today, "contraception", "pilule"));
    api.put(p + "/phototype", Map.of("phototype", 5));

    var export = api.get(p + "/fhir");
    assertThat(export.body())
        .contains(
            "\"AllergyIntolerance\"",
            "\"Immunization\"",
            "82810-3",
            "1742-6",
            "http://hl7.org/fhir/sid/cvx",
            "fitzpatrick-phototype");
    var imported = api.postRaw("/api/v1/fhir/import", "application/fhir+json", export.bytes());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().path("clinical").asInt()).isEqualTo(7);
    String copy = "/api/v1/patients/" + imported.json().path("patientId").asString();

    JsonNode a = api.get(p + "/record").json();
    JsonNode b = api.get(copy + "/record").json();
    for (String list :
        new String[] {
          "problems", "medications", "labs", "immunizations", "allergies", "pregnancy"
        }) {
      assertThat(strip(b.path(list))).as(list).isEqualTo(strip(a.path(list)));
    }
    assertThat(b.path("phototype").path("value").asInt()).isEqualTo(5);
  }

  /** The list without ids, patient ids and provenance, sorted by content. */
  private static java.util.List<String> strip(JsonNode list) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (JsonNode item : list) {
      var copy = ((tools.jackson.databind.node.ObjectNode) item).deepCopy();
      copy.remove(java.util.List.of("id", "patientId", "provenance"));
      out.add(copy.toString());
    }
    out.sort(String::compareTo);
    return out;
  }
}
