package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a phone, a clinician uploads a dermoscopy photo whose large lesion runs off the frame: the
 * photo is kept, and the viewer says in French and in English how to retake it, including what to
 * do when the lesion is larger than the dermatoscope's field.
 */
class PhotoRetakeAdviceBrowserTest extends IntegrationTest {

  /** A held-out ISIC photo of a lesion filling the frame and cut by its edges (measured). */
  private static final Path CUT_OFF =
      Path.of("..", "..", "shared", "data", "isic-557", "images", "ISIC_0000187.jpg");

  @Test
  void cutOffLesion_isKept_withRetakeAdviceInBothLanguages_onAPhone() throws IOException {
    assumeTrue(Files.exists(CUT_OFF), "../shared/data is needed for this test");
    String clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(clinician, Fixtures.unique("Retake"));
    fixtures.consent(clinician, patient, Purpose.CARE, true);
    WebDriver driver = Browser.open(390, 844);
    try {
      Browser.login(driver, port, clinician, Fixtures.PASSWORD);
      driver.get("http://127.0.0.1:" + port + "/patients/" + patient);
      driver
          .findElement(By.cssSelector("#photos input[name=image]"))
          .sendKeys(CUT_OFF.toAbsolutePath().normalize().toString());
      driver.findElement(By.cssSelector("#photos button[type=submit]")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/patients/" + patient + "/photos/"));
      String viewer = driver.getCurrentUrl().replaceFirst("\\?.*$", "");

      String french = driver.findElement(By.cssSelector(".alert.warn")).getText();
      assertThat(french).contains("Lésion coupée par le bord").contains("champ du dermatoscope");
      assertThat(fitsTheScreen(driver)).isTrue();
      Browser.screenshot(driver, "photo-retake-phone-fr");

      driver.get(viewer + "?lang=en");
      String english = driver.findElement(By.cssSelector(".alert.warn")).getText();
      assertThat(english)
          .contains("Lesion cut off by the edge")
          .contains("larger than the dermatoscope's field");
      assertThat(fitsTheScreen(driver)).isTrue();
      Browser.screenshot(driver, "photo-retake-phone-en");
    } finally {
      driver.quit();
    }
  }

  /** No horizontal scrolling: the advice wraps within the phone's width. */
  private static boolean fitsTheScreen(WebDriver driver) {
    Object fits =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    return Boolean.TRUE.equals(fits);
  }
}
