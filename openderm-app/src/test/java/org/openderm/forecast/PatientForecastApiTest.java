package org.openderm.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.eczema.AssessmentService;
import org.openderm.eczema.NewAssessment;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/patients/{id}/forecast} on the real server, over a PO-SCORAD diary stored
 * through the eczema feature's assessment service.
 */
class PatientForecastApiTest extends IntegrationTest {

  @Autowired AssessmentService assessments;

  private String clinician;
  private UUID patient;

  @BeforeEach
  void seed() {
    clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    patient = fixtures.patient(clinician, Fixtures.unique("Forecast"));
    fixtures.consent(clinician, patient, Purpose.AI_ANALYSIS, true);
    // Three weeks around 20 (some days missed), then a flare starting over the last three days.
    List<ScorePoint> diary = new ArrayList<>();
    LocalDate today = LocalDate.now();
    for (int d = 24; d >= 3; d--) {
      if (d % 4 != 1) {
        diary.add(new ScorePoint(today.minusDays(d), 20.0 + (d % 3)));
      }
    }
    diary.add(new ScorePoint(today.minusDays(2), 32.0));
    diary.add(new ScorePoint(today.minusDays(1), 38.0));
    diary.add(new ScorePoint(today, 44.0));
    for (ScorePoint p : diary) {
      Fixtures.as(
          clinician,
          "ROLE_CLINICIAN",
          () ->
              assessments.record(
                  patient,
                  new NewAssessment("po-scorad", takenAt(p.date()), poScorad(p.score()), null)));
    }
  }

  /** Mid-morning of {@code day}, or a minute ago for today (assessments cannot be future). */
  static java.time.Instant takenAt(LocalDate day) {
    java.time.Instant morning = day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
    java.time.Instant recent = java.time.Instant.now().minusSeconds(60);
    return morning.isAfter(recent) ? recent : morning;
  }

  /**
   * A PO-SCORAD input whose total is {@code total}: no extent, then 3.5 × intensity + itch +
   * sleeplessness (Stalder 2011), so intensity 4 gives 14 + symptoms, and so on.
   */
  static JsonNode poScorad(double total) {
    int intensity = total >= 40 ? 10 : total >= 36 ? 8 : total >= 30 ? 6 : 4;
    double rest = total - 3.5 * intensity;
    int itch = (int) Math.ceil(rest / 2);
    int sleep = (int) (rest - itch);
    int[] signs = new int[6];
    for (int i = 0; i < intensity; i++) {
      signs[i % 6]++;
    }
    return Api.JSON.valueToTree(
        Map.of(
            "extentPercent",
            0,
            "intensity",
            Map.of(
                "erythema",
                signs[0],
                "oedemaPapulation",
                signs[1],
                "oozingCrusts",
                signs[2],
                "excoriations",
                signs[3],
                "lichenification",
                signs[4],
                "dryness",
                signs[5]),
            "itch",
            itch,
            "sleeplessness",
            sleep));
  }

  @Test
  void clinicianWithAccess_getsForecastAlertAndFanChart() {
    Api.Response r = api(clinician).get("/api/v1/patients/" + patient + "/forecast?horizonDays=5");
    assertThat(r.status()).isEqualTo(200);
    JsonNode json = r.json();
    assertThat(json.path("instrument").asString()).isEqualTo("po-scorad");
    assertThat(json.path("forecast").path("days")).hasSize(5);
    assertThat(json.path("forecast").path("days").get(0).path("distribution")).hasSize(104);
    assertThat(json.path("forecast").path("insufficientHistory").asBoolean()).isFalse();
    JsonNode alert = json.path("alert");
    assertThat(alert.path("raised").asBoolean()).isTrue();
    assertThat(alert.path("trend").asString()).contains("14");
    assertThat(alert.path("advice").asString()).isNotBlank();
    assertThat(json.path("chart").path("labels")).hasSize(28 + 5);
    assertThat(json.path("chart").path("median").get(28).asInt()).isGreaterThan(32);
  }

  @Test
  void patientOwnAccount_seesTheForecast_inTheirLanguage() {
    String account = fixtures.patientAccount(patient);
    Api.Response r = api(account).get("/api/v1/patients/" + patient + "/forecast");
    assertThat(r.status()).isEqualTo(200);
    // French is the default language of a new account.
    assertThat(r.json().path("alert").path("advice").asString())
        .startsWith("Que faire")
        .doesNotContain("''");
  }

  @Test
  void withoutAiConsent_isForbidden_andAnotherClinicianSeesNothing() {
    fixtures.consent(clinician, patient, Purpose.AI_ANALYSIS, false);
    Api.Response noConsent = api(clinician).get("/api/v1/patients/" + patient + "/forecast");
    assertThat(noConsent.status()).isEqualTo(403);
    assertThat(noConsent.code()).isEqualTo("DERM-0102");
    String stranger = fixtures.clinician(Specialty.GP);
    Api.Response hidden = api(stranger).get("/api/v1/patients/" + patient + "/forecast");
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.code()).isEqualTo("DERM-0101");
    String learner = fixtures.account(Role.LEARNER);
    assertThat(api(learner).get("/api/v1/patients/" + patient + "/forecast").status())
        .isEqualTo(403);
  }

  @Test
  void unknownInstrument_isInvalidInput() {
    Api.Response r =
        api(clinician).get("/api/v1/patients/" + patient + "/forecast?instrument=pasi");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("DERM-0001");
  }

  @Test
  void recordPage_showsTheAlertAndTheFanChart() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://127.0.0.1:" + port;
    String loginPage =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(csrf.find()).isTrue();
    String form =
        "username=" + clinician + "&password=" + Fixtures.PASSWORD + "&_csrf=" + csrf.group(1);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/patients/" + patient)).build(),
            BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"forecast-chart\"")
        .contains("data-chart=\"{&quot;labels&quot;")
        .contains("Alerte : probabilité de poussée")
        .contains("/js/forecast.js");
  }

  @Test
  void recordPage_drawsTheFanChart_inARealBrowser() {
    WebDriver driver = Browser.open(1280, 1400);
    try {
      Browser.login(driver, port, clinician, Fixtures.PASSWORD);
      driver.get("http://127.0.0.1:" + port + "/patients/" + patient);
      assertThat(driver.findElement(By.id("forecast")).getText()).contains("Alerte");
      Object drawn =
          new WebDriverWait(driver, Duration.ofSeconds(20))
              .until(
                  d ->
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "var c = document.getElementById('forecast-chart');"
                                  + " var ch = window.Chart && Chart.getChart(c);"
                                  + " return ch ? ch.data.datasets.length : null;"));
      assertThat(drawn).isEqualTo(6L);
      ((JavascriptExecutor) driver)
          .executeScript("document.getElementById('forecast-chart').scrollIntoView();");
      Browser.screenshot(driver, "forecast-panel-fr");
    } finally {
      driver.quit();
    }
  }
}
