package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A clinician signs in, switches to English, finds and opens a patient, in real Chromium. */
class BrowserTest extends IntegrationTest {

  @Test
  void signInSwitchLanguageAndOpenAPatient() {
    String clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    String family = Fixtures.unique("Browser");
    UUID patient = fixtures.patient(clinician, family);
    WebDriver driver = Browser.open(1280, 900);
    try {
      Browser.login(driver, port, clinician, Fixtures.PASSWORD);
      assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Bonjour");
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
      Browser.screenshot(driver, "home-fr");

      driver.findElement(By.cssSelector(".lang a[hreflang=en]")).click();
      assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");

      driver.findElement(By.cssSelector(".mainnav a[href='/patients']")).click();
      // Typing searches live (htmx swaps the results table), so the link is clicked once the
      // swaps have settled; a swap in between makes the element stale and the click is retried.
      driver.findElement(By.name("query")).sendKeys(family);
      clickWhenSettled(driver, By.linkText(family));
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/patients/" + patient));
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains(family);
      assertThat(driver.findElement(By.id("consents")).getText()).contains("Consents");
      Browser.screenshot(driver, "patient-record-en");

      // The choice is remembered for the user: a new page without ?lang stays in English.
      driver.get("http://127.0.0.1:" + port + "/");
      assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");
    } finally {
      driver.quit();
    }
  }

  private static void clickWhenSettled(WebDriver driver, By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(locator).click();
              return true;
            });
  }
}
