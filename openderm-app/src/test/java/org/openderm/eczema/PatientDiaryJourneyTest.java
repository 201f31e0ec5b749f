package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.TestPhotos;
import org.openderm.support.WebSession;

/**
 * The patient's own journey: links to her diary, chart, POEM and consents from the home page; a
 * PO-SCORAD with a photo saved from the diary lands on her record with a confirmation, also when
 * her record is shared with a clinician (it answered 500 there, after both were stored).
 */
class PatientDiaryJourneyTest extends IntegrationTest {

  @Test
  void patientFindsHerDiary_savesAnEntryWithAPhoto_andSeesItConfirmed() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID id = fixtures.patient(derm, Fixtures.unique("Diary"));
    fixtures.consent(derm, id, Purpose.CARE, true);
    String self = fixtures.patientAccount(id);
    String gp = fixtures.clinician(Specialty.GP);
    api(self)
        .post(
            "/api/v1/patients/" + id + "/consents",
            Map.of("purpose", "SHARING", "granted", true, "grantee", gp));
    WebSession web = new WebSession(port, self);

    String home = web.get("/?lang=fr").body();
    String diary = "/patients/" + id + "/eczema/diary";
    assertThat(home)
        .contains("href=\"" + diary + "\"")
        .contains("href=\"/patients/" + id + "/eczema/poem\"")
        .contains("href=\"/patients/" + id + "#eczema-course\"")
        .contains("href=\"/patients/" + id + "#consents\"")
        .contains("href=\"/assistant\"");

    HttpResponse<String> photo =
        web.post(
            "/patients/" + id + "/eczema/photos",
            diary,
            TestPhotos.CONTENT_TYPE,
            TestPhotos.multipart(TestPhotos.jpeg(640, 480, 3), "coude"));
    assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
    String entry =
        "{\"instrument\":\"po-scorad\",\"input\":" + AssessmentApiTest.SCORAD_INPUT + "}";
    HttpResponse<String> saved =
        web.post(
            "/patients/" + id + "/eczema/assessments",
            diary,
            "application/json",
            entry.getBytes(StandardCharsets.UTF_8));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    String location = Api.JSON.readTree(saved.body()).path("location").asString();

    HttpResponse<String> record = web.get(location.replace("#eczema-course", ""));
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body())
        .contains("id=\"saved-confirmation\"")
        .contains("Votre saisie est enregistrée")
        .doesNotContain("id=\"error-page\"");
  }
}
