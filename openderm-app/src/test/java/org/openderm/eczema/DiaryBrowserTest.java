package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient fills a PO-SCORAD diary entry on a phone-sized screen (390 x 844) and sees the new
 * point on the course chart. Debian chromium + chromium-driver, headless, fresh profile.
 */
class DiaryBrowserTest extends IntegrationTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Debian chromium and chromium-driver are not installed");
    profile = Files.createTempDirectory("openderm-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=500,900",
        "--user-data-dir=" + profile,
        "--lang=fr");
    // A phone viewport: desktop windows cannot be narrower than ~500 px, so emulate the device.
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void patientFillsDiaryOnPhone_andSeesTheNewPointOnTheChart() throws Exception {
    String dermato = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(dermato, Fixtures.unique("Diary"));
    String account = fixtures.patientAccount(patient);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    String base = "http://127.0.0.1:" + port;

    Browser.login(browser, port, account, Fixtures.PASSWORD);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

    browser.get(base + "/patients/" + patient + "/eczema/diary");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("eczema-form")));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // Anterior trunk tapped twice on the body map: 50 % of 18 % = 9 % of the body.
    for (int i = 0; i < 2; i++) {
      WebElement trunk = browser.findElement(By.cssSelector(".front [data-region=anteriorTrunk]"));
      js.executeScript("arguments[0].scrollIntoView({block:'center'})", trunk);
      trunk.click();
    }
    assertThat(browser.findElement(By.id("f-extent-anteriorTrunk")).getAttribute("value"))
        .isEqualTo("50");
    int[] grades = {2, 1, 0, 2, 1, 2}; // B = 8
    String[] signs = {
      "erythema", "oedemaPapulation", "oozingCrusts", "excoriations", "lichenification", "dryness"
    };
    for (int i = 0; i < signs.length; i++) {
      WebElement radio =
          browser.findElement(
              By.cssSelector(
                  "input[name='intensity." + signs[i] + "'][value='" + grades[i] + "']"));
      js.executeScript("arguments[0].scrollIntoView({block:'center'})", radio);
      radio.findElement(By.xpath("./ancestor::label")).click();
    }
    setRange(js, "f-itch", "6");
    setRange(js, "f-sleeplessness", "3");
    browser.findElement(By.id("eczema-note")).sendKeys("Poussée après le sport");
    // A/5 + 7B/2 + C = 1.8 + 28 + 9 = 38.8
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eczema-score"), "38,8"));
    Browser.screenshot(browser, "eczema-diary");
    assertThat((Long) js.executeScript("return window.innerWidth")).isEqualTo(390L);
    Object wide =
        js.executeScript(
            "return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > 392).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':'"
                + " + Math.round(e.getBoundingClientRect().right)).join(' | ')");
    assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
        .as("wider than the phone: %s", wide)
        .isLessThanOrEqualTo(390L);

    WebElement save = browser.findElement(By.id("eczema-save"));
    js.executeScript("arguments[0].scrollIntoView({block:'center'})", save);
    save.click();
    wait.until(ExpectedConditions.urlContains("/patients/" + patient));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#eczema-course-po-scorad canvas")));
    wait.until(
        d ->
            js.executeScript(
                "return !!(window.Chart && Chart.getChart(document.querySelector('#eczema-course-po-scorad canvas')))"));
    Object points =
        js.executeScript(
            "return Chart.getChart(document.querySelector('#eczema-course-po-scorad canvas')).data.datasets[0].data.map(p => p.y)");
    assertThat(points.toString()).isEqualTo("[38.8]");
    assertThat(
            browser
                .findElement(By.cssSelector("#eczema-course-po-scorad .eczema-entries"))
                .getText())
        .contains("38,8 / 103", "Poussée après le sport");
    Browser.screenshot(browser, "eczema-course");
  }

  @Test
  void clinicianSeesSharedDiaryUntilRevoked_andUsesACalculator() {
    String dermato = fixtures.clinician(Specialty.DERMATOLOGIST);
    String gp = fixtures.clinician(Specialty.GP);
    String family = Fixtures.unique("Shared");
    UUID patient = fixtures.patient(dermato, family);
    String account = fixtures.patientAccount(patient);
    var asPatient = api(account);
    String consents = "/api/v1/patients/" + patient + "/consents";
    assertThat(
            asPatient
                .post(
                    consents,
                    "{\"purpose\":\"SHARING\",\"granted\":true,\"grantee\":\"" + gp + "\"}")
                .status())
        .isEqualTo(201);
    asPatient.post(
        "/api/v1/patients/" + patient + "/assessments",
        AssessmentApiTest.body(
            "po-scorad", "2026-11-20T08:00:00Z", AssessmentApiTest.SCORAD_INPUT));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    String base = "http://127.0.0.1:" + port;
    Browser.login(browser, port, gp, Fixtures.PASSWORD);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

    browser.get(base + "/eczema/shared");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(family, "45,5");

    browser.get(base + "/eczema/calculators/uas7");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(
        "document.querySelectorAll('#eczema-form select').forEach(s => { s.value = '3'; });"
            + "document.getElementById('eczema-compute').click();");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("eczema-score"), "42 sur 42"));
    assertThat(browser.findElement(By.id("eczema-band")).getText())
        .contains("Sévère", "Stull-2017");
    js.executeScript(
        "document.querySelector('#eczema-form select').value = '';"
            + "document.getElementById('eczema-compute').click();");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));

    assertThat(
            asPatient
                .post(
                    consents,
                    "{\"purpose\":\"SHARING\",\"granted\":false,\"grantee\":\"" + gp + "\"}")
                .status())
        .isEqualTo(201);
    browser.get(base + "/eczema/shared");
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(family);
  }

  private static void setRange(JavascriptExecutor js, String id, String value) {
    js.executeScript(
        "var r = document.getElementById(arguments[0]); r.value = arguments[1];"
            + "r.dispatchEvent(new Event('input', {bubbles: true}));"
            + "r.dispatchEvent(new Event('change', {bubbles: true}));",
        id,
        value);
  }
}
