package org.openderm.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The escalations of issue 19, each tried through the API as an attacker with a valid account would
 * (docs/SECURITY.md is the expected answer).
 */
class RelationshipEscalationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;

  private static final Map<String, Object> POEM =
      Map.of(
          "instrument",
          "poem",
          "takenAt",
          "2026-11-01T09:00:00Z",
          "input",
          Map.of("answers", new int[] {4, 4, 4, 4, 4, 4, 4}));

  @Test
  void anAdministratorCannotLinkAPatientAccountToARecord() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID lea = fixtures.patient(derm, Fixtures.unique("Lea"));
    String existing = fixtures.patientAccount(lea);
    Api admin = api(fixtures.account(Role.ADMIN));
    String username = Fixtures.unique("intruder");
    var created =
        admin.post(
            "/api/v1/users",
            Map.of(
                "username",
                username,
                "displayName",
                "Intruder",
                "password",
                Fixtures.PASSWORD,
                "role",
                "PATIENT",
                "patientId",
                lea.toString()));
    // Before: 201, and the new account read Léa's whole FHIR export as "her own record".
    assertThat(created.status()).isEqualTo(400);
    assertThat(created.code()).isEqualTo("DERM-0001");
    assertThat(api(username).get("/api/v1/patients/" + lea + "/fhir").status()).isEqualTo(401);
    // The users list shows no patient ids to the administrator.
    String users = admin.get("/api/v1/users").body();
    assertThat(users).doesNotContain(lea.toString());
    assertThat(users).contains(existing);
  }

  @Test
  void aClinicianOfThePatientLinksHerAccountOnceOnly() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID lea = fixtures.patient(derm, Fixtures.unique("Lea"));
    Api admin = api(fixtures.account(Role.ADMIN));
    String first = Fixtures.unique("lea");
    String second = Fixtures.unique("lea");
    for (String u : new String[] {first, second}) {
      var r =
          admin.post(
              "/api/v1/users",
              Map.of(
                  "username",
                  u,
                  "displayName",
                  "Léa",
                  "password",
                  Fixtures.PASSWORD,
                  "role",
                  "PATIENT"));
      assertThat(r.status()).isEqualTo(201);
      // Unlinked: reaches no record.
      assertThat(api(u).get("/api/v1/patients/" + lea).status()).isEqualTo(404);
    }
    Api gp = api(fixtures.clinician(Specialty.GP));
    assertThat(gp.post("/api/v1/patients/" + lea + "/account", Map.of("username", first)).status())
        .isEqualTo(404);
    assertThat(
            api(derm)
                .post("/api/v1/patients/" + lea + "/account", Map.of("username", first))
                .status())
        .isEqualTo(204);
    assertThat(api(first).get("/api/v1/patients/" + lea).status()).isEqualTo(200);
    var again = api(derm).post("/api/v1/patients/" + lea + "/account", Map.of("username", second));
    assertThat(again.status()).isEqualTo(400);
    assertThat(api(second).get("/api/v1/patients/" + lea).status()).isEqualTo(404);
  }

  @Test
  void breakGlassNeverTurnsIntoLastingAccess() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID id = fixtures.patient(derm, Fixtures.unique("Glass"));
    String er = fixtures.clinician(Specialty.GP);
    Api api = api(er);
    assertThat(
            api.post(
                    "/api/v1/patients/break-glass",
                    Map.of("patient", id.toString(), "reason", "unconscious in the ED"))
                .status())
        .isEqualTo(201);
    assertThat(api.get("/api/v1/patients/" + id).status()).isEqualTo(200);
    // Before: 201, and he kept reading the record once break-glass expired.
    var selfAdd = api.post("/api/v1/patients/" + id + "/care-team", Map.of("username", er));
    assertThat(selfAdd.status()).isEqualTo(403);
    assertThat(selfAdd.code()).isEqualTo("DERM-0005");
    jdbc.sql(
            "update care_relationship set expires_at = now() - interval '1 second'"
                + " where patient_id = :p and kind = 'BREAK_GLASS'")
        .param("p", id)
        .update();
    assertThat(api.get("/api/v1/patients/" + id).status()).isEqualTo(404);
  }

  @Test
  void aShareIsAViewWithCommentsNothingMore() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID id = fixtures.patient(derm, Fixtures.unique("Share"));
    Api self = api(fixtures.patientAccount(id));
    String gp = fixtures.clinician(Specialty.GP);
    String third = fixtures.clinician(Specialty.GP);
    String base = "/api/v1/patients/" + id;
    assertThat(
            self.post(
                    base + "/consents",
                    Map.of("purpose", "SHARING", "granted", true, "grantee", gp))
                .status())
        .isEqualTo(201);
    var assessment = api(derm).post(base + "/assessments", POEM).json().path("id").asString();
    Api shared = api(gp);
    assertThat(shared.get(base).status()).isEqualTo(200);
    assertThat(shared.get(base + "/assessments").status()).isEqualTo(200);
    // Comment: an assessment with a note.
    assertThat(shared.post(base + "/assessments", POEM).status()).isEqualTo(201);
    // Before: every one of these succeeded.
    Map<String, Api.Response> refused =
        Map.of(
            "self-add to care team",
            shared.post(base + "/care-team", Map.of("username", gp)),
            "void the record",
            shared.post(base + "/void", Map.of("reason", "mine now")),
            "share with a third clinician",
            shared.post(
                base + "/consents",
                Map.of("purpose", "SHARING", "granted", true, "grantee", third)),
            "edit identity",
            shared.put(
                base,
                Map.of(
                    "givenName",
                    "X",
                    "familyName",
                    "Y",
                    "birthDate",
                    "1990-01-01",
                    "sex",
                    "female")),
            "export FHIR",
            shared.get(base + "/fhir"),
            "void an assessment",
            shared.post(base + "/assessments/" + assessment + "/void", Map.of("reason", "no")),
            "triage a photo",
            shared.post(base + "/photos/" + UUID.randomUUID() + "/triage", Map.of()));
    refused.forEach(
        (what, r) -> {
          assertThat(r.status()).as(what).isEqualTo(403);
          assertThat(r.code()).as(what).isEqualTo("DERM-0005");
        });
    assertThat(api(third).get(base).status()).isEqualTo(404);
    assertThat(api(derm).get(base).status()).isEqualTo(200);
    self.post(base + "/consents", Map.of("purpose", "SHARING", "granted", false, "grantee", gp));
    assertThat(shared.get(base).status()).isEqualTo(404);
  }

  @Test
  void aPatientWritesHerOwnEntriesNeverAClinicians() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID id = fixtures.patient(derm, Fixtures.unique("Own"));
    Api self = api(fixtures.patientAccount(id));
    String base = "/api/v1/patients/" + id;
    String clinicians = api(derm).post(base + "/assessments", POEM).json().path("id").asString();
    String period =
        api(derm)
            .post(base + "/treatments", Map.of("label", "dupilumab", "startedOn", "2026-01-01"))
            .json()
            .path("id")
            .asString();
    Map<String, Object> zero =
        Map.of(
            "instrument",
            "poem",
            "takenAt",
            "2026-11-01T09:00:00Z",
            "input",
            Map.of("answers", new int[] {0, 0, 0, 0, 0, 0, 0}));
    // Before: 200 (28 -> 0), 204, 204.
    assertThat(self.put(base + "/assessments/" + clinicians, zero).status()).isEqualTo(403);
    assertThat(
            self.post(base + "/assessments/" + clinicians + "/void", Map.of("reason", "x"))
                .status())
        .isEqualTo(403);
    assertThat(self.post(base + "/treatments/" + period + "/void", Map.of("reason", "x")).status())
        .isEqualTo(403);
    assertThat(api(derm).get(base + "/assessments").json().get(0).path("score").asDouble())
        .isEqualTo(28.0);
    // Her own diary entry she may correct and void.
    String own = self.post(base + "/assessments", POEM).json().path("id").asString();
    assertThat(self.put(base + "/assessments/" + own, zero).status()).isEqualTo(200);
    assertThat(self.post(base + "/assessments/" + own + "/void", Map.of("reason", "x")).status())
        .isEqualTo(204);
  }

  @Test
  void anExternalIdNamesOneRecord() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    String ext = Fixtures.unique("IPP");
    Map<String, Object> first =
        Map.of(
            "givenName",
            "A",
            "familyName",
            "First",
            "birthDate",
            "1990-01-01",
            "sex",
            "female",
            "externalId",
            ext);
    assertThat(api(derm).post("/api/v1/patients", first).status()).isEqualTo(201);
    Map<String, Object> second =
        Map.of(
            "givenName",
            "B",
            "familyName",
            "Second",
            "birthDate",
            "1991-01-01",
            "sex",
            "female",
            "externalId",
            ext);
    var taken = api(derm).post("/api/v1/patients", second);
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.json().path("errors").get(0).path("field").asString()).isEqualTo("externalId");
    // Break-glass by that id finds the one record (before: 500 once two shared it).
    var glass =
        api(fixtures.clinician(Specialty.GP))
            .post(
                "/api/v1/patients/break-glass",
                Map.of("patient", ext, "reason", "unconscious in the ED"));
    assertThat(glass.status()).isEqualTo(201);
  }
}
