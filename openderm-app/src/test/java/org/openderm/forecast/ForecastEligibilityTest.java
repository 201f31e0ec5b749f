package org.openderm.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.eczema.AssessmentService;
import org.openderm.eczema.NewAssessment;
import org.openderm.record.ClinicalRecord.NewProblem;
import org.openderm.record.ClinicalRecordService;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who gets a forecast and eczema reminders: only a patient with eczema (an eczema assessment or an
 * atopic dermatitis problem); several entries on one day count as one day, said in the message.
 */
class ForecastEligibilityTest extends IntegrationTest {

  @Autowired AssessmentService assessments;
  @Autowired ClinicalRecordService treatments;

  private String clinician;
  private UUID patient;

  @BeforeEach
  void seed() {
    clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    patient = fixtures.patient(clinician, Fixtures.unique("Eligible"));
    fixtures.consent(clinician, patient, Purpose.AI_ANALYSIS, true);
  }

  @Test
  void patientWithoutEczema_getsNoForecastFan_andNoEczemaReminders() throws Exception {
    // A psoriasis follow-up: PASI only.
    record("pasi", Instant.now().minusSeconds(3600), PasiInput.JSON);
    Api.Response r = api(clinician).get("/api/v1/patients/" + patient + "/forecast");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("DERM-0503");
    String page = new WebSession(port, clinician).get("/patients/" + patient).body();
    assertThat(page)
        .doesNotContain("id=\"forecast\"")
        .doesNotContain("forecast-chart")
        .doesNotContain("Rappel : pas de PO-SCORAD")
        .doesNotContain("Rappel : le POEM");
  }

  @Test
  void patientWithoutEczemaNorAiConsent_getsNoForecastPanelAtAll() {
    UUID acne = fixtures.patient(clinician, Fixtures.unique("NoConsent"));
    String page = new WebSession(port, clinician).get("/patients/" + acne).body();
    assertThat(page).doesNotContain("id=\"forecast\"").doesNotContain("Prévision non calculée");
  }

  @Test
  void atopicDermatitisOnTheProblemList_getsReminders_butNoFanBeforeTheFirstEntry() {
    Fixtures.as(
        clinician,
        "ROLE_CLINICIAN",
        () ->
            treatments.addProblem(
                patient,
                new NewProblem(
                    "http://snomed.info/sct", "24079001", "Atopic dermatitis", true, null)));
    String page = new WebSession(port, clinician).get("/patients/" + patient).body();
    assertThat(page)
        .contains("Rappel : pas de PO-SCORAD")
        .contains("id=\"forecast\"")
        .contains("La prévision apparaîtra après les premières saisies PO-SCORAD")
        .doesNotContain("forecast-chart");
  }

  @Test
  void fourEntriesOnOneDay_countAsOneDay_inTheTrendMessage() {
    // Four entries yesterday morning, nothing else: one day of diary.
    Instant morning =
        LocalDate.now()
            .minusDays(1)
            .atTime(9, 0)
            .atZone(java.time.ZoneId.systemDefault())
            .toInstant();
    for (int i = 0; i < 4; i++) {
      record("po-scorad", morning.plusSeconds(600L * i), PatientForecastApiTest.poScorad(20.0 + i));
    }
    Api.Response r = api(clinician).get("/api/v1/patients/" + patient + "/forecast");
    assertThat(r.status()).isEqualTo(200);
    String trend = r.json().path("alert").path("trend").asString();
    assertThat(trend)
        .startsWith("Tendance non calculable : 4 saisies sur un seul jour")
        .contains("la dernière");
  }

  private void record(String instrument, Instant at, tools.jackson.databind.JsonNode input) {
    Fixtures.as(
        clinician,
        "ROLE_CLINICIAN",
        () -> assessments.record(patient, new NewAssessment(instrument, at, input, null)));
  }

  /** A small valid PASI input. */
  static final class PasiInput {
    static final tools.jackson.databind.JsonNode JSON =
        Api.JSON.readTree(
            """
            {"regions": {
              "head": {"areaPercent": 10, "erythema": 2, "induration": 1, "desquamation": 1},
              "upperLimbs": {"areaPercent": 20, "erythema": 2, "induration": 2, "desquamation": 1},
              "trunk": {"areaPercent": 10, "erythema": 1, "induration": 1, "desquamation": 1},
              "lowerLimbs": {"areaPercent": 30, "erythema": 2, "induration": 2, "desquamation": 2}}}
            """);
  }
}
