package org.openderm.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A dermatologist opens a stored photo in the viewer, asks for AI triage and reads the result; a
 * blurred photo's button is disabled with the reason; the record lists the result. Screenshots at
 * desktop and phone width in target/screenshots.
 */
class TriageBrowserTest extends IntegrationTest {

  @Test
  void fromThePhotoViewerToTheTriageResultAndTheRecord() {
    String doc = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(doc, Fixtures.unique("Naevus"));
    fixtures.consent(doc, patient, Purpose.CARE, true);
    fixtures.consent(doc, patient, Purpose.AI_ANALYSIS, true);
    UUID sharp = TriagePhotoTest.storePhoto(api(doc), patient, TriageImages.lesion());
    UUID blurred = TriagePhotoTest.storePhoto(api(doc), patient, TriageImages.blurred());
    String base = "http://127.0.0.1:" + port + "/patients/" + patient;
    WebDriver driver = Browser.open(1280, 1000);
    try {
      Browser.login(driver, port, doc, Fixtures.PASSWORD);
      driver.get(base + "/photos/" + blurred);
      WebElement refused = driver.findElement(By.cssSelector("#triage button[type=submit]"));
      assertThat(refused.isEnabled()).isFalse();
      assertThat(driver.findElement(By.cssSelector("#triage .alert")).getText())
          .contains("contrôle de qualité");
      Browser.screenshot(driver, "triage-viewer-refused");

      driver.get(base + "/photos/" + sharp);
      WebElement ask = driver.findElement(By.cssSelector("#triage button[type=submit]"));
      assertThat(ask.isEnabled()).isTrue();
      assertThat(driver.findElements(By.cssSelector("#triage .alert"))).isEmpty();
      // One resolution rule: the photo's banner and the triage panel agree on 200 x 150.
      assertThat(driver.findElement(By.tagName("main")).getText()).contains("Qualité suffisante");
      assertThat(driver.findElement(By.id("triage")).getText()).doesNotContain("résolution");
      Browser.screenshot(driver, "triage-viewer");
      ask.click();
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Résultat du triage");
      assertThat(
              driver
                  .findElements(By.cssSelector("main table"))
                  .get(0)
                  .findElements(By.tagName("tr")))
          .hasSize(3);
      assertThat(heatMapLoaded(driver)).isTrue();
      assertThat(driver.findElement(By.tagName("main")).getText())
          .contains("Risque de malignité", "Contour de la lésion", "Limites");
      // Issue 20: the suggestion says what it means, with the external figure and weak sites.
      WebElement referral = driver.findElement(By.id("triage-referral"));
      assertThat(referral.getText())
          .contains("veut dire", "1 mélanome sur 6", "le pied", "quoi qu'en dise le modèle");
      assertThat(referral.findElements(By.cssSelector("p > strong")))
          .noneMatch(b -> b.getText().contains("suivi habituel"));
      Browser.screenshot(driver, "triage-result");
      ((JavascriptExecutor) driver)
          .executeScript("window.scrollTo(0, document.body.scrollHeight);");
      Browser.screenshot(driver, "triage-result-bottom");
      driver.manage().window().setSize(new Dimension(390, 844));
      Browser.screenshot(driver, "triage-result-phone");
      assertThat(overflow(driver)).as("widest elements").isEmpty();

      driver.get(base);
      WebElement section = driver.findElement(By.id("triage-results"));
      assertThat(section.findElements(By.cssSelector("tbody tr"))).hasSize(1);
      assertThat(driver.findElement(By.id("timeline")).getText()).contains("Triage IA");
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", section);
      Browser.screenshot(driver, "triage-record-phone");
      assertThat(overflow(driver)).as("record page elements wider than a phone").isEmpty();
      driver.get(base + "/photos/" + sharp);
      Browser.screenshot(driver, "triage-viewer-phone");
      driver.manage().window().setSize(new Dimension(1280, 1000));
      driver.get(base);
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView();", driver.findElement(By.id("triage-results")));
      Browser.screenshot(driver, "triage-record");

      driver.get(base + "/photos/" + sharp + "?lang=en");
      driver.findElement(By.cssSelector("#triage button[type=submit]")).click();
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.textToBe(By.tagName("h1"), "Triage result"));
      assertThat(driver.findElement(By.tagName("main")).getText())
          .contains("Malignancy risk", "Most probable categories", "Back to the record");
      assertThat(driver.findElement(By.id("triage-referral")).getText())
          .contains("means", "1 melanoma in 6", "the foot", "whatever the model says");
      Browser.screenshot(driver, "triage-result-en");
    } finally {
      driver.quit();
    }
  }

  /** Elements wider than the viewport (a page that scrolls sideways on a phone). */
  @SuppressWarnings("unchecked")
  private static java.util.List<Object> overflow(WebDriver driver) {
    return (java.util.List<Object>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const w = document.documentElement.clientWidth; return [...document.querySelectorAll("
                    + "'body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                    + " && !e.closest('.table-wrap')).slice(0, 5).map(e => e.tagName + '.'"
                    + " + e.className + '#' + e.id);");
  }

  private static boolean heatMapLoaded(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              Object w =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "const i = document.querySelector('figure img');"
                              + " return i && i.complete ? i.naturalWidth : 0;");
              return w instanceof Number n && n.intValue() > 0;
            });
  }
}
