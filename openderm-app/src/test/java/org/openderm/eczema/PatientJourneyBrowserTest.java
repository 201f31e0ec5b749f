package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.TestPhotos;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The patient's journey on a phone, in French and English: home, her diary from a visible link, a
 * PO-SCORAD with a photo, a clear confirmation on her record, her consents, then withdrawing the
 * share she gave a clinician.
 */
@Tag("browser")
class PatientJourneyBrowserTest extends IntegrationTest {

  @Test
  void patientOnAPhone_recordsADiaryEntryWithAPhoto_andWithdrawsHerShare() throws IOException {
    Path photo =
        Files.write(
            Files.createDirectories(Path.of("target", "browser-uploads")).resolve("coude.jpg"),
            TestPhotos.jpeg(640, 480, 7));
    for (String lang : new String[] {"fr", "en"}) {
      String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
      UUID id = fixtures.patient(derm, Fixtures.unique("Journey"));
      fixtures.consent(derm, id, Purpose.CARE, true);
      String self = fixtures.patientAccount(id);
      String gp = fixtures.clinician(Specialty.GP);
      api(self)
          .post(
              "/api/v1/patients/" + id + "/consents",
              Map.of("purpose", "SHARING", "granted", true, "grantee", gp));
      WebDriver driver = Browser.phone();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      try {
        Browser.login(driver, port, self, Fixtures.PASSWORD);
        driver.get("http://127.0.0.1:" + port + "/?lang=" + lang);
        Browser.screenshot(driver, "patient-journey-home-" + lang);
        driver.findElement(By.cssSelector("#patient-home a[href$='/eczema/diary']")).click();
        wait.until(ExpectedConditions.urlContains("/eczema/diary"));

        ((JavascriptExecutor) driver)
            .executeScript(
                "document.querySelectorAll('#eczema-form fieldset.grades')"
                    + ".forEach(f => f.querySelectorAll('input[type=radio]')[1].click());");
        driver.findElement(By.id("eczema-photo-file")).sendKeys(photo.toAbsolutePath().toString());
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#eczema-photo-list li")));
        assertThat(driver.findElements(By.cssSelector("#eczema-photo-list .alert.error")))
            .isEmpty();
        Browser.screenshot(driver, "patient-journey-diary-" + lang);
        WebElementClick.click(driver, By.id("eczema-save"));
        wait.until(ExpectedConditions.urlContains("saved="));
        String confirmation = driver.findElement(By.id("saved-confirmation")).getText();
        assertThat(confirmation)
            .startsWith(lang.equals("fr") ? "Votre saisie est enregistrée" : "Your entry is saved");
        assertThat(driver.findElements(By.id("error-page"))).isEmpty();
        Browser.screenshot(driver, "patient-journey-saved-" + lang);

        driver.get("http://127.0.0.1:" + port + "/");
        driver.findElement(By.cssSelector("#patient-home a[href$='#consents']")).click();
        wait.until(ExpectedConditions.urlContains("#consents"));
        assertThat(driver.findElement(By.id("shares")).getText()).contains("Dr " + gp);
        WebElementClick.click(driver, By.cssSelector("#shares form button[type=submit]"));
        wait.until(d -> d.findElements(By.cssSelector("#shares li")).isEmpty());
        Browser.screenshot(driver, "patient-journey-consents-" + lang);
      } finally {
        driver.quit();
      }
    }
  }

  /** Clicks an element after scrolling it to the middle of the small screen. */
  private static final class WebElementClick {
    static void click(WebDriver driver, By locator) {
      var element = driver.findElement(locator);
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
    }
  }
}
