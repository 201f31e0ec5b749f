package org.openderm.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration, correction (new identity version), voiding, break-glass, encrypted identity. */
class PatientLifecycleTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void identityIsEncryptedAtRestAndCorrectionsKeepHistory() {
    Api derm = api(fixtures.clinician(Specialty.DERMATOLOGIST));
    String family = Fixtures.unique("Plaintext");
    var created =
        derm.post(
            "/api/v1/patients",
            Map.of(
                "givenName",
                "Nour",
                "familyName",
                family,
                "birthDate",
                "2001-02-03",
                "sex",
                "female",
                "externalId",
                "IPP-" + family));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asString();
    assertThat(created.json().path("familyName").asString()).isEqualTo(family);

    String dump =
        jdbc.sql(
                "select encode(given_name_enc, 'escape') || encode(family_name_enc, "
                    + "'escape') || encode(birth_date_enc, 'escape') from patient_identity "
                    + "where patient_id = cast(:p as uuid)")
            .param("p", id)
            .query(String.class)
            .single();
    assertThat(dump).doesNotContain(family).doesNotContain("Nour").doesNotContain("2001-02-03");

    var updated =
        derm.put(
            "/api/v1/patients/" + id,
            Map.of(
                "givenName",
                "Nour",
                "familyName",
                family + "-Diallo",
                "birthDate",
                "2001-02-03",
                "sex",
                "female"));
    assertThat(updated.json().path("familyName").asString()).isEqualTo(family + "-Diallo");
    assertThat(updated.json().path("version").asInt()).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from patient_identity where patient_id = cast(:p as uuid)")
                .param("p", id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void voidedPatientsDisappearButAreNotDeleted() {
    String clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    var id = fixtures.patient(clinician, Fixtures.unique("Void"));
    Api derm = api(clinician);
    assertThat(
            derm.post("/api/v1/patients/" + id + "/void", Map.of("reason", "duplicate record"))
                .status())
        .isEqualTo(204);
    assertThat(derm.get("/api/v1/patients/" + id).status()).isEqualTo(404);
    var row =
        jdbc.sql("select voided_by, void_reason from patient where id = :p")
            .param("p", id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("voided_by", clinician)
        .containsEntry("void_reason", "duplicate record");
  }

  @Test
  void breakGlassOpensAccessWithAReasonAndIsAuditedAsSuch() {
    String owner = fixtures.clinician(Specialty.DERMATOLOGIST);
    String family = Fixtures.unique("Glass");
    var id = fixtures.patient(owner, family);
    String er = fixtures.clinician(Specialty.GP);
    Api erApi = api(er);
    assertThat(erApi.get("/api/v1/patients/" + id).status()).isEqualTo(404);
    var opened =
        erApi.post(
            "/api/v1/patients/break-glass",
            Map.of(
                "patient", id.toString(), "reason", "unconscious patient in the emergency room"));
    assertThat(opened.status()).isEqualTo(201);
    assertThat(erApi.get("/api/v1/patients/" + id).status()).isEqualTo(200);
    var purposes =
        jdbc.sql("select purpose from audit_event where patient_id = :p and actor = :a")
            .param("p", id)
            .param("a", er)
            .query(String.class)
            .list();
    assertThat(purposes).contains("BREAK_GLASS");
    var unknown =
        erApi.post(
            "/api/v1/patients/break-glass",
            Map.of("patient", "no-such-external-id", "reason", "unconscious patient in the ER"));
    assertThat(unknown.status()).isEqualTo(404);
  }
}
