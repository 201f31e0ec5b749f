package org.openderm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;

/**
 * Every {@code /api/v1} endpoint of the foundation × every role and anonymous, with the expected
 * status. A clinician without a care relationship and another patient get 404 (not 403), so they
 * cannot even learn whether a record exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessMatrixTest extends IntegrationTest {

  static final List<String> ACTORS =
      List.of("anonymous", "admin", "learner", "creator", "stranger", "self", "otherPatient");
  private final Map<String, String> users = new java.util.HashMap<>();
  private UUID p1;

  @BeforeAll
  void seed() {
    users.put("admin", fixtures.account(Role.ADMIN));
    users.put("learner", fixtures.account(Role.LEARNER));
    users.put("creator", fixtures.clinician(Specialty.DERMATOLOGIST));
    users.put("stranger", fixtures.clinician(Specialty.GP));
    p1 = fixtures.patient(users.get("creator"), Fixtures.unique("Matrix"));
    UUID p2 = fixtures.patient(users.get("stranger"), Fixtures.unique("Other"));
    users.put("self", fixtures.patientAccount(p1));
    users.put("otherPatient", fixtures.patientAccount(p2));
  }

  record Case(String name, Function<Api, Api.Response> call, Map<String, Integer> expected) {}

  private static Map<String, Integer> expect(
      int anon, int admin, int learner, int creator, int stranger, int self, int other) {
    return Map.of(
        "anonymous",
        anon,
        "admin",
        admin,
        "learner",
        learner,
        "creator",
        creator,
        "stranger",
        stranger,
        "self",
        self,
        "otherPatient",
        other);
  }

  List<Case> cases() {
    String p = "/api/v1/patients/" + p1;
    Map<String, Object> newPatient =
        Map.of(
            "givenName", "Ana", "familyName", "Matrix", "birthDate", "1980-05-05", "sex", "female");
    return List.of(
        new Case(
            "POST /patients",
            a -> a.post("/api/v1/patients", newPatient),
            expect(401, 403, 403, 201, 201, 403, 403)),
        new Case("GET /patients/{id}", a -> a.get(p), expect(401, 403, 403, 200, 404, 200, 404)),
        new Case(
            "PUT /patients/{id}",
            a ->
                a.put(
                    p,
                    Map.of(
                        "givenName",
                        "Test",
                        "familyName",
                        "Matrix",
                        "birthDate",
                        "1990-01-01",
                        "sex",
                        "female")),
            // Identity is the care team's to edit (docs/SECURITY.md): the patient asks them.
            expect(401, 403, 403, 200, 404, 403, 404)),
        new Case(
            "GET /patients?query",
            a -> a.get("/api/v1/patients?query=matrix"),
            expect(401, 403, 403, 200, 200, 200, 200)),
        new Case(
            "GET /patients/{id}/care-team",
            a -> a.get(p + "/care-team"),
            expect(401, 403, 403, 200, 404, 200, 404)),
        new Case(
            "POST /patients/{id}/care-team",
            a -> a.post(p + "/care-team", Map.of("username", users.get("creator"))),
            expect(401, 403, 403, 201, 404, 403, 403)),
        new Case(
            "POST /patients/{id}/consents",
            a -> a.post(p + "/consents", Map.of("purpose", "RESEARCH", "granted", false)),
            expect(401, 403, 403, 201, 404, 201, 404)),
        new Case(
            "GET /patients/{id}/consents",
            a -> a.get(p + "/consents"),
            expect(401, 403, 403, 200, 404, 200, 404)),
        new Case(
            "POST /patients/break-glass (bad reason)",
            a ->
                a.post(
                    "/api/v1/patients/break-glass",
                    Map.of("patient", p1.toString(), "reason", "short")),
            expect(401, 403, 403, 400, 400, 403, 403)),
        new Case(
            "GET /audit",
            a -> a.get("/api/v1/audit?patientId=" + p1),
            expect(401, 200, 403, 403, 403, 403, 403)),
        new Case(
            "GET /audit/verify",
            a -> a.get("/api/v1/audit/verify"),
            expect(401, 200, 403, 403, 403, 403, 403)),
        new Case(
            "GET /users", a -> a.get("/api/v1/users"), expect(401, 200, 403, 403, 403, 403, 403)));
  }

  @TestFactory
  List<DynamicTest> everyEndpointForEveryRole() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases()) {
      for (String actor : ACTORS) {
        tests.add(
            DynamicTest.dynamicTest(
                c.name() + " as " + actor,
                () -> {
                  Api.Response r =
                      c.call().apply(api("anonymous".equals(actor) ? null : users.get(actor)));
                  assertThat(r.status())
                      .as(c.name() + " as " + actor + ": " + r.body())
                      .isEqualTo(c.expected().get(actor));
                  if (r.status() >= 400) {
                    assertThat(r.code()).startsWith("DERM-");
                  }
                }));
      }
    }
    return tests;
  }

  @Test
  void searchNeverListsAnotherClinicianPatients() {
    var found = api(users.get("stranger")).get("/api/v1/patients?query=").json();
    found.forEach(n -> assertThat(n.path("id").asString()).isNotEqualTo(p1.toString()));
    var self = api(users.get("self")).get("/api/v1/patients?query=").json();
    assertThat(self.size()).isEqualTo(1);
    assertThat(self.get(0).path("id").asString()).isEqualTo(p1.toString());
  }

  @Test
  void unknownPatientLooksLikeForbiddenPatient() {
    var unknown = api(users.get("creator")).get("/api/v1/patients/" + UUID.randomUUID());
    var forbidden = api(users.get("stranger")).get("/api/v1/patients/" + p1);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(forbidden.status()).isEqualTo(404);
    assertThat(unknown.json().path("detail")).isEqualTo(forbidden.json().path("detail"));
    assertThat(unknown.json().path("title")).isEqualTo(forbidden.json().path("title"));
    assertThat(unknown.code()).isEqualTo("DERM-0101");
  }
}
