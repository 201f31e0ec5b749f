package org.openderm.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.TestPhotos;
import org.openderm.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * The decision context from OpenDerm's own records: stored SALT assessments fire the alopecia rules
 * (the latest one counts), the summary shows each instrument's latest score with its trend and the
 * last photos, and an accepted or dismissed card lands on the timeline.
 */
class StoredScoresAndPhotosTest extends IntegrationTest {

  private static final String SEVERE = "alopecia-areata-severe-systemic";
  private static final String EXTENSIVE = "alopecia-areata-extensive-systemic";

  private String derm;
  private UUID patient;
  private Api api;

  @BeforeEach
  void patient() {
    derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    patient = fixtures.patient(derm, Fixtures.unique("Salt"));
    api = api(derm);
  }

  /** A SALT assessment; SALT = 0.40 vertex + 0.24 posterior + 0.18 each side (Olsen 2004). */
  private void salt(String takenAt, int vertex, int posterior, int side) {
    String input =
        "{\"regions\":{\"vertex\":%d,\"posterior\":%d,\"rightSide\":%d,\"leftSide\":%d}}"
            .formatted(vertex, posterior, side, side);
    String body =
        "{\"instrument\":\"salt\",\"takenAt\":\"" + takenAt + "\",\"input\":" + input + "}";
    Api.Response r = api.post("/api/v1/patients/" + patient + "/assessments", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private List<String> openRules() {
    JsonNode cards = api.get("/api/v1/patients/" + patient + "/cards").json().path("cards");
    return cards.findValues("org.openderm.rule").stream().map(JsonNode::asString).toList();
  }

  @Test
  void severeSalt_firesTheSevereCard_only() {
    salt("2026-09-01T09:00:00Z", 100, 100, 50); // 40 + 24 + 9 + 9 = 82
    assertThat(openRules()).contains(SEVERE).doesNotContain(EXTENSIVE);
  }

  @Test
  void extensiveSalt_firesTheExtensiveCard_only() {
    salt("2026-09-01T09:00:00Z", 75, 0, 0); // 30
    assertThat(openRules()).contains(EXTENSIVE).doesNotContain(SEVERE);
  }

  @Test
  void theLatestSaltCounts_andAMildOneFiresNothing() {
    salt("2026-09-01T09:00:00Z", 100, 100, 50); // 82 first
    salt("2026-10-01T09:00:00Z", 25, 0, 0); // then 10
    assertThat(openRules()).doesNotContain(SEVERE, EXTENSIVE);
  }

  @Test
  void noSaltRecorded_firesNothing_evenWithOtherScores() {
    String scorad =
        "{\"instrument\":\"po-scorad\",\"takenAt\":\"2026-09-01T09:00:00Z\",\"input\":"
            + "{\"extentPercent\":20,\"intensity\":{\"erythema\":2,\"oedemaPapulation\":2,"
            + "\"oozingCrusts\":1,\"excoriations\":2,\"lichenification\":1,\"dryness\":1},"
            + "\"itch\":6,\"sleeplessness\":4}}";
    assertThat(api.post("/api/v1/patients/" + patient + "/assessments", scorad).status())
        .isEqualTo(201);
    assertThat(openRules()).doesNotContain(SEVERE, EXTENSIVE);
  }

  @Test
  void aPatientOnAJakInhibitor_getsNoSystemicTherapyCard() {
    salt("2026-09-01T09:00:00Z", 100, 100, 50);
    api.post(
        "/api/v1/patients/" + patient + "/medications",
        Map.of("name", "Baricitinib 4 mg", "dosageText", "4 mg par jour", "intervalDays", 1));
    assertThat(openRules()).doesNotContain(SEVERE, EXTENSIVE);
  }

  @Test
  void summaryShowsLatestScoresWithTrendAndPhotos_andTheTimelineShowsCardDecisions() {
    salt("2026-09-01T09:00:00Z", 100, 100, 50); // 82
    salt("2026-10-01T09:00:00Z", 100, 50, 50); // 40 + 12 + 18 = 70
    fixtures.consent(derm, patient, Purpose.CARE, true);
    Api.Response photo =
        api.postRaw(
            "/api/v1/patients/" + patient + "/photos",
            TestPhotos.CONTENT_TYPE,
            TestPhotos.multipart(TestPhotos.jpeg(400, 300, 7), "vertex"));
    assertThat(photo.status()).as(photo.body()).isEqualTo(201);
    String photoId = photo.json().path("id").asString();
    Api.Response dismissed =
        api.post(
            "/api/v1/patients/" + patient + "/cards/feedback",
            Map.of("ruleId", SEVERE, "outcome", "dismissed", "reason", "not-applicable"));
    assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(201);

    String page = new WebSession(port, derm).get("/patients/" + patient + "?lang=fr").body();
    String summary = page.substring(page.indexOf("id=\"record-summary\""));
    summary = summary.substring(0, summary.indexOf("</section>"));
    assertThat(summary)
        .contains("data-instrument=\"salt\"", "70 / 100", "↓ -12")
        .contains("/patients/" + patient + "/photos/" + photoId + "/thumbnail")
        .doesNotContain("Aucune photo");
    assertThat(page).contains("Carte écartée (Ne s&#39;applique pas à ce patient)");
  }

  @Test
  void anEmptyRecord_saysSoInTheSummary() {
    String page = new WebSession(port, derm).get("/patients/" + patient + "?lang=fr").body();
    assertThat(page)
        .contains("Aucun score enregistré", "Aucune photo")
        .doesNotContain("Carte écartée", "Carte acceptée");
  }
}
