package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Stored assessments through the real server: round trips, versions, errors, access, audit. */
class AssessmentApiTest extends IntegrationTest {

  static final String SCORAD_INPUT =
      "{\"extentPercent\":20,\"intensity\":{\"erythema\":2,\"oedemaPapulation\":2,"
          + "\"oozingCrusts\":1,\"excoriations\":2,\"lichenification\":1,\"dryness\":1},"
          + "\"itch\":6,\"sleeplessness\":4}";

  private String dermato;
  private UUID patient;
  private String patientAccount;

  @BeforeEach
  void seed() {
    dermato = fixtures.clinician(Specialty.DERMATOLOGIST);
    patient = fixtures.patient(dermato, Fixtures.unique("Eczema"));
    patientAccount = fixtures.patientAccount(patient);
  }

  private String path() {
    return "/api/v1/patients/" + patient + "/assessments";
  }

  static String body(String instrument, String takenAt, String input) {
    return "{\"instrument\":\""
        + instrument
        + "\",\"takenAt\":\""
        + takenAt
        + "\",\"input\":"
        + input
        + "}";
  }

  @Test
  void record_list_revise_void_roundTrip() {
    Api clinician = api(dermato);
    Api.Response created =
        clinician.post(path(), body("scorad", "2026-11-01T09:00:00Z", SCORAD_INPUT));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode stored = created.json();
    assertThat(stored.path("score").asDouble()).isEqualTo(45.5);
    assertThat(stored.path("band").path("name").asString()).isEqualTo("moderate");
    assertThat(stored.path("band").path("bandSet").asString()).isEqualTo("ETFAD-Kunz-1997");
    assertThat(stored.path("instrumentVersion").asString()).isEqualTo("ETFAD-1993");
    assertThat(stored.path("version").asInt()).isEqualTo(1);
    assertThat(stored.path("input").path("itch").asInt()).isEqualTo(6);

    Api.Response diary =
        api(patientAccount).post(path(), body("po-scorad", "2026-11-02T20:00:00Z", SCORAD_INPUT));
    assertThat(diary.status()).as(diary.body()).isEqualTo(201);
    assertThat(diary.json().path("recordedRole").asString()).isEqualTo("PATIENT");

    assertThat(clinician.get(path()).json().size()).isEqualTo(2);
    assertThat(clinician.get(path() + "?instrument=po-scorad").json().size()).isEqualTo(1);

    String id = stored.path("id").asString();
    String lower = SCORAD_INPUT.replace("\"itch\":6", "\"itch\":2");
    Api.Response revised =
        clinician.put(path() + "/" + id, body("scorad", "2026-11-01T09:00:00Z", lower));
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    assertThat(revised.json().path("version").asInt()).isEqualTo(2);
    assertThat(revised.json().path("score").asDouble()).isEqualTo(41.5);
    assertThat(clinician.get(path() + "/" + id + "/versions").json().size()).isEqualTo(2);
    assertThat(clinician.get(path() + "?instrument=scorad").json().get(0).path("score").asDouble())
        .isEqualTo(41.5);

    assertThat(
            clinician.post(path() + "/" + id + "/void", "{\"reason\":\"wrong patient\"}").status())
        .isEqualTo(204);
    assertThat(clinician.get(path()).json().size()).isEqualTo(1);

    String admin = fixtures.account(Role.ADMIN);
    JsonNode audit = api(admin).get("/api/v1/audit?patientId=" + patient).json();
    long assessmentRows = 0;
    for (JsonNode row : audit) {
      if ("assessment".equals(row.path("resource").asString())) {
        assessmentRows++;
      }
    }
    assertThat(assessmentRows).isGreaterThanOrEqualTo(8);
  }

  @Test
  void invalidInput_is400ListingFields_andTwoPoemBlanksAre422() {
    Api clinician = api(dermato);
    Api.Response invalid =
        clinician.post(path(), body("scorad", "2026-11-01T09:00:00Z", "{\"extentPercent\":130}"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.code()).isEqualTo("DERM-0001");
    assertThat(invalid.body()).contains("input.extentPercent", "input.intensity", "input.itch");

    Api.Response blanks =
        clinician.post(
            path(), body("poem", "2026-11-01T09:00:00Z", "{\"answers\":[1,null,2,null,0,1,1]}"));
    assertThat(blanks.status()).isEqualTo(422);
    assertThat(blanks.code()).isEqualTo("DERM-0010");

    assertThat(clinician.post(path(), body("bsa", "2026-11-01T09:00:00Z", "{}")).code())
        .isEqualTo("DERM-0001");
    assertThat(
            clinician
                .post(path(), body("poem", "2999-01-01T00:00:00Z", "{\"answers\":[0,0,0,0,0,0,0]}"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void strangers_getNotFound_andStatelessCalculatorNeedsLogin() {
    String stranger = fixtures.clinician(Specialty.GP);
    Api.Response denied = api(stranger).get(path());
    assertThat(denied.status()).isEqualTo(404);
    assertThat(denied.code()).isEqualTo("DERM-0101");

    assertThat(api(null).post("/api/v1/scores/scorad", SCORAD_INPUT).status()).isEqualTo(401);
    Api.Response score = api(stranger).post("/api/v1/scores/scorad", SCORAD_INPUT);
    assertThat(score.json().path("score").asDouble()).isEqualTo(45.5);
    Api.Response bad = api(stranger).post("/api/v1/scores/oscorad", "{\"extentPercent\":-1}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("DERM-0001");
  }
}
