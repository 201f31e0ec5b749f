package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.TestPhotos;
import org.openderm.support.WebSession;

/**
 * Server-side validation of the UI forms ends inline on the same form, in the page's language, with
 * what was typed kept: never the error page, never an English developer message on a French page.
 */
class FormFeedbackTest extends IntegrationTest {

  private static void assertInline(HttpResponse<String> page, String message) {
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("form-feedback")
        .contains(message)
        .doesNotContain("id=\"error-page\"");
  }

  @Test
  void treatmentEndingBeforeItStarts_isExplainedOnTheTreatmentForm() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Treat"));
    WebSession web = new WebSession(port, derm);
    String record = "/patients/" + patient;
    web.get(record + "?lang=fr");
    HttpResponse<String> page =
        web.submit(
            record + "/eczema/treatments",
            record,
            Map.of("label", "Dupilumab", "startedOn", "2026-10-10", "endedOn", "2026-09-01"));
    assertInline(page, "La date de fin ne peut pas précéder la date de début.");
    assertThat(page.body())
        .contains("value=\"Dupilumab\"")
        .contains("value=\"2026-10-10\"")
        .contains("value=\"2026-09-01\"")
        .doesNotContain("must not be before");
  }

  @Test
  void dismissingACardWithOtherAndNoComment_isExplainedOnThatCard() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Card"));
    Api api = api(derm);
    assertThat(
            api.post(
                    "/api/v1/patients/" + patient + "/medications",
                    Map.of(
                        "name",
                        "Méthotrexate 10 mg",
                        "dosageText",
                        "10 mg par jour",
                        "intervalDays",
                        1))
                .status())
        .isEqualTo(201);
    WebSession web = new WebSession(port, derm);
    String record = "/patients/" + patient;
    web.get(record + "?lang=fr");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ruleId", "methotrexate-folic-acid");
    form.put("outcome", "dismissed");
    form.put("reason", "other");
    form.put("comment", "");
    HttpResponse<String> page = web.submit(record + "/cards/feedback", record, form);
    assertInline(page, "Avec le motif « Autre », précisez la raison en commentaire");
    assertThat(page.body()).contains("id=\"card-dismiss-methotrexate-folic-acid\"");
  }

  @Test
  void unknownTimeZone_isExplainedOnTheLearningSettings_inEnglishToo() {
    WebSession web = new WebSession(port, fixtures.account(Role.LEARNER));
    web.get("/learning?lang=en");
    HttpResponse<String> page =
        web.submit(
            "/learning/settings",
            "/learning",
            Map.of("desiredRetention", "0.9", "timeZone", "Mars/Olympus"));
    assertInline(page, "Unknown time zone");
    assertThat(page.body()).contains("value=\"Mars/Olympus\"").doesNotContain("must be a time");
  }

  @Test
  void takenUsername_isExplainedOnTheNewAccountForm() {
    String taken = fixtures.account(Role.LEARNER);
    WebSession web = new WebSession(port, fixtures.account(Role.ADMIN));
    web.get("/admin/users?lang=fr");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", taken);
    form.put("displayName", "Nouvel interne");
    form.put("password", "a-long-enough-password");
    form.put("role", "LEARNER");
    HttpResponse<String> page = web.submit("/admin/users", "/admin/users", form);
    assertInline(page, "Cet identifiant est déjà pris");
    assertThat(page.body())
        .contains("value=\"" + taken + "\"")
        .contains("value=\"Nouvel interne\"")
        .doesNotContain("a-long-enough-password")
        .doesNotContain("is already taken");
  }

  @Test
  void textFileNamedJpg_isRefusedOnTheTriageForm_inFrench() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("TriageText"));
    fixtures.consent(derm, patient, Purpose.AI_ANALYSIS, true);
    WebSession web = new WebSession(port, derm);
    web.get("/triage?lang=fr");
    byte[] text = "ceci n'est pas une image".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> page =
        web.postForPage(
            "/triage?patientId=" + patient,
            "/triage",
            TestPhotos.CONTENT_TYPE,
            TestPhotos.multipart(text, null));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"triage-error\"")
        .contains("seules les images JPEG et PNG sont acceptées")
        .contains("value=\"" + patient + "\"")
        .doesNotContain("Only JPEG")
        .doesNotContain("id=\"error-page\"");
  }

  @Test
  void poemWithTwoBlanks_isExplainedInThePagesLanguage() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    WebSession web = new WebSession(port, derm);
    String body = "{\"answers\":[1,2,null,null,3,0,1]}";
    for (String lang : new String[] {"fr", "en"}) {
      web.get("/eczema/calculators/poem?lang=" + lang);
      HttpResponse<String> r =
          web.post(
              "/eczema/score/poem",
              "/eczema/calculators/poem",
              "application/json",
              body.getBytes(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(422);
      String detail = Api.JSON.readTree(r.body()).path("detail").asString();
      assertThat(detail)
          .startsWith(lang.equals("fr") ? "Score non calculable" : "Score not computable")
          .doesNotContain("is not scored when");
    }
  }
}
