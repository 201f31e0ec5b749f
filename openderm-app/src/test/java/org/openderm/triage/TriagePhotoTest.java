package org.openderm.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.patient.PatientRecordModel;
import org.openderm.patient.TimelineEntry;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.ExtendedModelMap;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/patients/{id}/photos/{photoId}/triage} on the real database: access, consent,
 * the gate on the stored photo, what is stored, and the record section and timeline.
 */
class TriagePhotoTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PatientRecordModel record;

  static UUID storePhoto(Api api, UUID patient, byte[] image) {
    TriageImages.Multipart m = TriageImages.multipart(image, "lesion.jpg");
    Api.Response r =
        api.postRaw("/api/v1/patients/" + patient + "/photos", m.contentType(), m.body());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return UUID.fromString(r.json().get("id").asString());
  }

  static Api.Response triage(Api api, UUID patient, UUID photo, String query) {
    return api.postRaw(
        "/api/v1/patients/" + patient + "/photos/" + photo + "/triage" + query,
        "application/x-www-form-urlencoded",
        new byte[0]);
  }

  @Test
  void aStoredPhotoIsTriagedWithConsentStoredWithItsPhotoAndShownInTheRecord() {
    String doc = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(doc, Fixtures.unique("Photo"));
    fixtures.consent(doc, patient, Purpose.CARE, true);
    UUID photo = storePhoto(api(doc), patient, TriageImages.lesion());

    Api.Response refused = triage(api(doc), patient, photo, "");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("DERM-0102");
    String stranger = fixtures.clinician(Specialty.DERMATOLOGIST);
    Api.Response hidden = triage(api(stranger), patient, photo, "");
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.code()).isEqualTo("DERM-0101");
    assertThat(triage(api(null), patient, photo, "").status()).isEqualTo(401);

    fixtures.consent(doc, patient, Purpose.AI_ANALYSIS, true);
    assertThat(triage(api(doc), patient, UUID.randomUUID(), "").code()).isEqualTo("DERM-0208");
    Api.Response ok = triage(api(doc), patient, photo, "?explain=true");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    JsonNode json = ok.json();
    assertThat(json.get("predictions").size()).isEqualTo(7);
    assertThat(json.get("heatmapPng").asString()).isNotEmpty();
    assertThat(json.get("photoId").asString()).isEqualTo(photo.toString());
    long id = json.get("resultId").asLong();
    assertThat(
            jdbc.sql("select photo_id from triage_result where id = :id")
                .param("id", id)
                .query(UUID.class)
                .single())
        .isEqualTo(photo);

    String top = json.get("predictions").get(0).get("code").asString();
    ExtendedModelMap page = new ExtendedModelMap();
    Fixtures.as(
        doc,
        "ROLE_CLINICIAN",
        () -> {
          record.fill(patient, page, Locale.ENGLISH);
          return null;
        });
    @SuppressWarnings("unchecked")
    List<StoredTriage> shown = (List<StoredTriage>) page.get("triageResults");
    assertThat(shown)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.photoId()).isEqualTo(photo);
              assertThat(t.topClass()).isEqualTo(top);
              assertThat(t.model()).startsWith(TriageService.MODEL_NAME);
            });
    @SuppressWarnings("unchecked")
    List<TimelineEntry> timeline = (List<TimelineEntry>) page.get("timeline");
    assertThat(timeline)
        .filteredOn(e -> e.kind().equals("triage"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text()).startsWith("AI triage: ");
              assertThat(e.link()).isEqualTo("/patients/" + patient + "/triage-results/" + id);
            });
  }

  @Test
  void aStoredPhotoFailingTheGateIsNotAnalysedButTheAbstentionIsStored() {
    String doc = fixtures.clinician(Specialty.GP);
    UUID patient = fixtures.patient(doc, Fixtures.unique("Blur"));
    fixtures.consent(doc, patient, Purpose.CARE, true);
    fixtures.consent(doc, patient, Purpose.AI_ANALYSIS, true);
    UUID photo = storePhoto(api(doc), patient, TriageImages.blurred());

    Api.Response r = triage(api(doc), patient, photo, "?explain=true");
    assertThat(r.status()).isEqualTo(200);
    JsonNode json = r.json();
    assertThat(json.get("abstained").asBoolean()).isTrue();
    assertThat(json.get("abstainReason").asString()).isEqualTo("quality_gate");
    assertThat(json.get("quality").get("issues").get(0).get("code").asString())
        .isEqualTo("BLURRED");
    assertThat(json.get("predictions").size()).isZero();
    assertThat(json.hasNonNull("heatmapPng")).as("heatmapPng").isFalse();
    // Stored with its reason: the record keeps every time the AI was asked.
    var row =
        jdbc.sql(
                "select abstained, abstain_reason, probabilities from triage_result where id = :id")
            .param("id", json.get("resultId").asLong())
            .query((rs, n) -> List.of(rs.getBoolean(1), rs.getString(2), rs.getString(3)))
            .single();
    assertThat(row).containsExactly(true, "quality_gate", "");

    // A patient's own record shows no triage section or timeline entry (clinicians only).
    String account = fixtures.patientAccount(patient);
    ExtendedModelMap page = new ExtendedModelMap();
    Fixtures.as(
        account,
        "ROLE_PATIENT",
        () -> {
          record.fill(patient, page, Locale.FRENCH);
          return null;
        });
    assertThat(page.get("triageVisible")).isEqualTo(false);
    @SuppressWarnings("unchecked")
    List<TimelineEntry> timeline = (List<TimelineEntry>) page.get("timeline");
    assertThat(timeline).noneMatch(e -> e.kind().equals("triage"));
  }

  @Test
  void photosFlaggedUnderTheOld224PxRuleAreRejudgedByTheMigration() throws Exception {
    String doc = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(doc, Fixtures.unique("Floor"));
    fixtures.consent(doc, patient, Purpose.CARE, true);
    UUID lowOnly = storePhoto(api(doc), patient, TriageImages.lesion());
    UUID lowAndBlur = storePhoto(api(doc), patient, TriageImages.lesion());
    UUID tiny = storePhoto(api(doc), patient, TriageImages.small());
    // As the earlier 224 px rule stored them: 200 x 150 flagged for resolution.
    setVerdict(lowOnly, false, "RESOLUTION_LOW");
    setVerdict(lowAndBlur, false, "RESOLUTION_LOW,BLURRED");
    assertThat(verdict(tiny)).isEqualTo("false RESOLUTION_LOW");

    String sql =
        new String(
            getClass()
                .getResourceAsStream("/db/migration/V3_2__photo_resolution_floor.sql")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    jdbc.sql(sql).update();

    assertThat(verdict(lowOnly)).isEqualTo("true ");
    assertThat(verdict(lowAndBlur)).isEqualTo("false BLURRED");
    assertThat(verdict(tiny))
        .as("120 x 90 stays under the floor")
        .isEqualTo("false RESOLUTION_LOW");
  }

  private void setVerdict(UUID photo, boolean ok, String issues) {
    jdbc.sql("update photo set quality_acceptable = :ok, quality_issues = :i where id = :id")
        .param("ok", ok)
        .param("i", issues)
        .param("id", photo)
        .update();
  }

  private String verdict(UUID photo) {
    return jdbc.sql("select quality_acceptable, quality_issues from photo where id = :id")
        .param("id", photo)
        .query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2))
        .single();
  }
}
