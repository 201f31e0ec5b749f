package org.openderm.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openderm.audit.AuditFilter;
import org.openderm.audit.AuditTrail;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DecisionRecordTest extends IntegrationTest {

  @Autowired AuditTrail audit;

  private static Map<String, Object> dailyMethotrexate() {
    return Map.of("name", "Méthotrexate 10 mg", "dosageText", "10 mg par jour", "intervalDays", 1);
  }

  private static List<String> ruleIds(JsonNode cards) {
    return cards.findValues("org.openderm.rule").stream().map(JsonNode::asString).toList();
  }

  @Test
  void storedTreatments_feedTheCards_andADismissalIsAuditedAndHidesTheCard() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Cards"));
    var api = api(derm);
    assertThat(
            api.post("/api/v1/patients/" + patient + "/medications", dailyMethotrexate()).status())
        .isEqualTo(201);
    JsonNode cards = api.get("/api/v1/patients/" + patient + "/cards").json().path("cards");
    assertThat(ruleIds(cards)).contains("methotrexate-daily-dosing", "methotrexate-folic-acid");
    assertThat(cards.get(0).path("indicator").asString()).isEqualTo("critical");

    var noReason =
        api.post(
            "/api/v1/patients/" + patient + "/cards/feedback",
            Map.of("ruleId", "methotrexate-folic-acid", "outcome", "dismissed"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("DERM-0001");
    var dismissed =
        api.post(
            "/api/v1/patients/" + patient + "/cards/feedback",
            Map.of(
                "ruleId",
                "methotrexate-folic-acid",
                "outcome",
                "dismissed",
                "reason",
                "already-addressed"));
    assertThat(dismissed.status()).isEqualTo(201);

    JsonNode after = api.get("/api/v1/patients/" + patient + "/cards").json();
    assertThat(ruleIds(after.path("cards"))).doesNotContain("methotrexate-folic-acid");
    assertThat(ruleIds(after.path("handled"))).contains("methotrexate-folic-acid");
    assertThat(audit.search(new AuditFilter(patient, derm, null, null, null, 50)))
        .anySatisfy(a -> assertThat(a.resource()).isEqualTo("decision-card"));
  }

  @Test
  void aClinicianWithoutCareRelationship_seesNoCards() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    String stranger = fixtures.clinician(Specialty.GP);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Private"));
    var r = api(stranger).get("/api/v1/patients/" + patient + "/cards");
    assertThat(r.status()).isEqualTo(404);
  }

  @Test
  void fhirExport_thenImport_createsAnEqualRecordForANewPatient_andABadBundleCreatesNothing() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Fhir"));
    var api = api(derm);
    api.post(
        "/api/v1/patients/" + patient + "/conditions",
        Map.of("system", "http://snomed.info/sct", "code", "68225006", "display", "Pelade"));
    api.post("/api/v1/patients/" + patient + "/medications", dailyMethotrexate());
    var export = api.get("/api/v1/patients/" + patient + "/fhir");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("application/fhir+json");
    assertThat(export.body())
        .contains("\"Condition\"", "MedicationStatement", "AuditEvent", "Pelade");
    var pseudo = api.get("/api/v1/patients/" + patient + "/fhir?identity=pseudonym");
    assertThat(pseudo.body()).doesNotContain("\"family\"").contains(FhirPseudonym.SYSTEM);

    var imported = api.postRaw("/api/v1/fhir/import", "application/fhir+json", export.bytes());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    String newId = imported.json().path("patientId").asString();
    assertThat(newId).isNotEqualTo(patient.toString());
    assertThat(api.get("/api/v1/patients/" + newId + "/conditions").body()).contains("Pelade");

    int before = api.get("/api/v1/patients?query=").json().size();
    String broken =
        export.body().replace("\"birthDate\": \"1990-01-01\"", "\"birthDate\": \"yesterday\"");
    assertThat(broken).contains("yesterday");
    var rejected =
        api.postRaw(
            "/api/v1/fhir/import",
            "application/fhir+json",
            broken.getBytes(StandardCharsets.UTF_8));
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().path("errors").toString()).contains("yesterday");
    assertThat(api.get("/api/v1/patients?query=").json().size()).isEqualTo(before);
  }

  @Test
  void cdsServices_needHttpBasic_andAnswerCards() throws Exception {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    String body = CdsHooksControllerTest.fixture("methotrexate-daily.json");
    assertThat(api(null).get("/cds-services").status()).isEqualTo(401);
    assertThat(api(derm).get("/cds-services").json().path("services").size()).isEqualTo(3);
    var r =
        api(derm)
            .postRaw(
                "/cds-services/order-sign",
                "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("cards").get(0).path("indicator").asString()).isEqualTo("critical");
    var bad =
        api(derm)
            .postRaw(
                "/cds-services/order-sign", "application/json", "{\"prefetch\": 3}".getBytes());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("DERM-0001");
  }

  @Test
  void recordPage_showsTheSummaryAndTheCardsWithTheirForms() throws Exception {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Page"));
    api(derm).post("/api/v1/patients/" + patient + "/medications", dailyMethotrexate());
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String base = "http://localhost:" + port;
    String loginPage =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(csrf.find()).isTrue();
    String form =
        "username="
            + derm
            + "&password="
            + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf.group(1);
    browser.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    var page =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/patients/" + patient)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "id=\"record-summary\"",
            "id=\"decision-cards\"",
            "Méthotrexate 10 mg",
            "/cards/feedback",
            "name=\"reason\"");
  }

  @Test
  void roles_patientReadsOwnTreatmentsAndFhir_butNotCards_learnerNothing() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Roles"));
    String self = fixtures.patientAccount(patient);
    String learner = fixtures.account(org.openderm.security.Role.LEARNER);
    String p = "/api/v1/patients/" + patient;
    assertThat(api(self).get(p + "/medications").status()).isEqualTo(200);
    assertThat(api(self).get(p + "/fhir").status()).isEqualTo(200);
    assertThat(api(self).post(p + "/medications", dailyMethotrexate()).status()).isEqualTo(403);
    assertThat(api(self).get(p + "/cards").status()).isEqualTo(403);
    assertThat(api(learner).get(p + "/medications").status()).isEqualTo(403);
    assertThat(api(null).get(p + "/fhir").status()).isEqualTo(401);
    assertThat(
            api(self)
                .postRaw(
                    "/api/v1/fhir/import",
                    "application/fhir+json",
                    "{}".getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(403);
  }
}
