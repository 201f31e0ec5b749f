package org.openderm.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.audit.AuditFilter;
import org.openderm.audit.AuditTrail;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ClinicalRecordApiTest extends IntegrationTest {

  @Autowired AuditTrail audit;

  private static final String TODAY = LocalDate.now().toString();

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static List<String> fields(Api.Response r) {
    return r.json().path("errors").findValues("field").stream().map(JsonNode::asString).toList();
  }

  @Test
  void everyList_storesAndReadsBack_andTheWholeRecordIsOneCall() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Record"));
    var api = api(derm);
    String p = "/api/v1/patients/" + patient;
    assertThat(
            api.post(
                    p + "/problems",
                    map(
                        "system",
                        "snomed",
                        "code",
                        "24079001",
                        "display",
                        "Dermatite atopique",
                        "onset",
                        "2020-05-01"))
                .status())
        .isEqualTo(201);
    var med =
        api.post(
            p + "/medications",
            map(
                "name",
                "Dupilumab",
                "atc",
                "d11ah05",
                "dosageText",
                "300 mg toutes les 2 semaines",
                "intervalDays",
                14,
                "start",
                "2026-01-10"));
    assertThat(med.status()).as(med.body()).isEqualTo(201);
    assertThat(med.json().path("atc").asString()).isEqualTo("D11AH05");
    assertThat(med.json().path("status").asString()).isEqualTo("ACTIVE");
    var lab =
        api.post(p + "/labs", map("loinc", "751-8", "value", 1.5, "unit", "g/l", "takenOn", TODAY));
    assertThat(lab.status()).as(lab.body()).isEqualTo(201);
    assertThat(lab.json().path("unit").asString()).isEqualTo("G/L");
    assertThat(lab.json().path("display").asString()).isEqualTo("Neutrophils");
    assertThat(
            api.post(
                    p + "/labs", map("loinc", "71773-6", "valueText", "negative", "takenOn", TODAY))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(p + "/immunizations", map("cvx", "03", "status", "completed", "date", TODAY))
                .json()
                .path("display")
                .asString())
        .isEqualTo("MMR");
    assertThat(
            api.post(
                    p + "/allergies",
                    map(
                        "substance",
                        "Pénicilline",
                        "type",
                        "allergy",
                        "reaction",
                        "urticaire",
                        "criticality",
                        "high"))
                .json()
                .path("criticality")
                .asString())
        .isEqualTo("HIGH");
    assertThat(
            api.post(
                    p + "/pregnancy-status",
                    map("status", "not-pregnant", "observedOn", TODAY, "contraception", "DIU"))
                .json()
                .path("status")
                .asString())
        .isEqualTo("NOT_PREGNANT");
    assertThat(api.put(p + "/phototype", map("phototype", "III")).json().path("value").asInt())
        .isEqualTo(3);

    JsonNode record = api.get(p + "/record").json();
    assertThat(record.path("problems").get(0).path("code").asString()).isEqualTo("24079001");
    assertThat(record.path("problems").get(0).path("system").asString())
        .isEqualTo("http://snomed.info/sct");
    assertThat(record.path("medications").size()).isEqualTo(1);
    assertThat(record.path("labs").size()).isEqualTo(2);
    assertThat(record.path("immunizations").size()).isEqualTo(1);
    assertThat(record.path("allergies").size()).isEqualTo(1);
    assertThat(record.path("pregnancy").get(0).path("contraception").asString()).isEqualTo("DIU");
    assertThat(record.path("phototype").path("value").asInt()).isEqualTo(3);
    assertThat(api.get(p + "/conditions").json().size()).isEqualTo(1);
    assertThat(audit.search(new AuditFilter(patient, derm, null, null, null, 100)))
        .extracting(a -> a.resource())
        .contains(
            "problem",
            "medication",
            "lab-result",
            "immunization",
            "allergy",
            "pregnancy-status",
            "phototype",
            "clinical-record");
  }

  @Test
  void badInput_isAProblemListingEachField() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Bad"));
    var api = api(derm);
    String p = "/api/v1/patients/" + patient;
    String tomorrow = LocalDate.now().plusDays(2).toString();

    var unit =
        api.post(
            p + "/labs", map("loinc", "751-8", "value", 1.5, "unit", "mg/dL", "takenOn", TODAY));
    assertThat(unit.status()).isEqualTo(400);
    assertThat(unit.code()).isEqualTo("DERM-0001");
    assertThat(unit.contentType()).startsWith("application/problem+json");
    assertThat(fields(unit)).containsExactly("unit");

    var absurd =
        api.post(
            p + "/labs", map("loinc", "718-7", "value", 130, "unit", "g/dL", "takenOn", tomorrow));
    assertThat(absurd.status()).isEqualTo(400);
    assertThat(fields(absurd)).containsExactlyInAnyOrder("value", "takenOn");
    // The same haemoglobin in g/L is plausible.
    assertThat(
            api.post(
                    p + "/labs",
                    map("loinc", "718-7", "value", 130, "unit", "g/L", "takenOn", TODAY))
                .status())
        .isEqualTo(201);

    var order =
        api.post(
            p + "/medications",
            map(
                "name",
                "Méthotrexate",
                "start",
                "2026-03-01",
                "end",
                "2026-02-01",
                "status",
                "stopped"));
    assertThat(order.status()).isEqualTo(400);
    assertThat(fields(order)).containsExactly("end");

    var future = api.post(p + "/medications", map("name", "Dupilumab", "start", tomorrow));
    assertThat(fields(future)).containsExactly("start");
    var noName = api.post(p + "/medications", map("atc", "L04AX03", "intervalDays", -1));
    assertThat(fields(noName)).containsExactlyInAnyOrder("name", "intervalDays");
    assertThat(fields(api.post(p + "/labs", map("loinc", "abc", "value", 1, "takenOn", TODAY))))
        .containsExactlyInAnyOrder("loinc", "display");
    assertThat(
            fields(
                api.post(
                    p + "/problems", map("system", "snomed", "code", "L20", "display", "Eczéma"))))
        .containsExactly("code");
    assertThat(fields(api.post(p + "/immunizations", map("cvx", "03", "status", "completed"))))
        .containsExactly("date");
    assertThat(
            fields(api.post(p + "/pregnancy-status", map("status", "maybe", "observedOn", TODAY))))
        .containsExactly("status");
    assertThat(api.put(p + "/phototype", map("phototype", 7)).status()).isEqualTo(400);
    assertThat(api.get(p + "/record").json().path("medications").size()).isZero();
  }

  @Test
  void stoppingKeepsTheEarlierVersion_andVoidingNeedsAReasonAndHidesTheItem() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Versions"));
    var api = api(derm);
    String p = "/api/v1/patients/" + patient;
    String id =
        api.post(
                p + "/medications",
                map(
                    "name",
                    "Méthotrexate",
                    "atc",
                    "L04AX03",
                    "intervalDays",
                    7,
                    "start",
                    "2026-01-05"))
            .json()
            .path("id")
            .asString();
    var early = api.post(p + "/medications/" + id + "/stop", map("end", "2025-12-01"));
    assertThat(early.status()).isEqualTo(400);
    var stopped = api.post(p + "/medications/" + id + "/stop", map("end", "2026-02-01"));
    assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
    assertThat(stopped.json().path("status").asString()).isEqualTo("STOPPED");
    assertThat(stopped.json().path("provenance").path("version").asInt()).isEqualTo(2);
    JsonNode history = api.get(p + "/medications/" + id + "/history").json();
    assertThat(history.size()).isEqualTo(1);
    assertThat(history.get(0).path("content").asString()).contains("\"status\": \"ACTIVE\"");

    var noReason = api.post(p + "/medications/" + id + "/void", map("reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactly("reason");
    assertThat(
            api.post(p + "/medications/" + id + "/void", map("reason", "wrong patient")).status())
        .isEqualTo(204);
    assertThat(api.get(p + "/medications").json().size()).isZero();
    JsonNode all = api.get(p + "/medications?includeVoided=true").json();
    assertThat(all.get(0).path("provenance").path("voidReason").asString())
        .isEqualTo("wrong patient");
    assertThat(all.get(0).path("provenance").path("voidedBy").asString()).isEqualTo(derm);
    var again = api.post(p + "/medications/" + id + "/void", map("reason", "again"));
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.code()).isEqualTo("DERM-1101");
    assertThat(api.get(p + "/medications/" + id + "/history").json().size()).isEqualTo(2);
  }

  @Test
  void access_patientReadsHerOwnButCannotWrite_learnerAndAdminCannotRead_strangerSeesNothing() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Access"));
    String p = "/api/v1/patients/" + patient;
    api(derm).post(p + "/labs", map("loinc", "777-3", "value", 250, "takenOn", TODAY));
    String self = fixtures.patientAccount(patient);
    assertThat(api(self).get(p + "/labs").json().size()).isEqualTo(1);
    assertThat(api(self).get(p + "/record").status()).isEqualTo(200);
    var write = api(self).post(p + "/labs", map("loinc", "777-3", "value", 250, "takenOn", TODAY));
    assertThat(write.status()).isEqualTo(403);
    String id = api(self).get(p + "/labs").json().get(0).path("id").asString();
    assertThat(api(self).post(p + "/labs/" + id + "/void", map("reason", "mine")).status())
        .isEqualTo(403);
    assertThat(api(fixtures.account(Role.LEARNER)).get(p + "/labs").status()).isEqualTo(403);
    assertThat(api(fixtures.account(Role.ADMIN)).get(p + "/record").status()).isEqualTo(403);
    assertThat(api(fixtures.clinician(Specialty.GP)).get(p + "/labs").status()).isEqualTo(404);
    UUID other = fixtures.patient(derm, Fixtures.unique("Other"));
    assertThat(api(self).get("/api/v1/patients/" + other + "/labs").status()).isEqualTo(404);
    assertThat(api(derm).get(p + "/labs").json().size()).isEqualTo(1);
  }

  @Test
  void eczemaTreatmentPeriods_areTheMedicationList() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Periods"));
    var api = api(derm);
    String p = "/api/v1/patients/" + patient;
    var period =
        api.post(p + "/treatments", map("label", "Dupilumab 300 mg", "startedOn", "2026-01-10"));
    assertThat(period.status()).as(period.body()).isEqualTo(201);
    JsonNode meds = api.get(p + "/medications").json();
    assertThat(meds.size()).isEqualTo(1);
    assertThat(meds.get(0).path("name").asString()).isEqualTo("Dupilumab 300 mg");
    assertThat(meds.get(0).path("status").asString()).isEqualTo("ACTIVE");
    assertThat(meds.get(0).path("id").asString()).isEqualTo(period.json().path("id").asString());

    api.post(
        p + "/medications", map("name", "Upadacitinib", "atc", "L04AF03", "start", "2026-02-01"));
    String id = meds.get(0).path("id").asString();
    api.post(p + "/medications/" + id + "/stop", map("end", "2026-01-31"));
    JsonNode periods = api.get(p + "/treatments").json();
    assertThat(periods.findValues("label").stream().map(JsonNode::asString))
        .containsExactly("Dupilumab 300 mg", "Upadacitinib");
    assertThat(periods.get(0).path("endedOn").asString()).isEqualTo("2026-01-31");

    assertThat(api.post(p + "/treatments/" + id + "/void", map("reason", "duplicate")).status())
        .isEqualTo(204);
    assertThat(api.get(p + "/medications").json().size()).isEqualTo(1);
  }
}
