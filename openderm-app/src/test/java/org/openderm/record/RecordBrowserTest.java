package org.openderm.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openderm.security.Specialty;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A dermatologist adds a medication and a lab result on the record page of a 390 px phone, in
 * French and in English, in real Chromium: a wrong unit comes back inline in the page's language
 * with the value kept, and nothing scrolls sideways.
 */
class RecordBrowserTest extends IntegrationTest {

  @ParameterizedTest
  @CsvSource({
    "fr, Méthotrexate, Cette unité n'est pas acceptée pour cet examen., Polynucléaires neutrophiles",
    "en, Methotrexate, This unit is not accepted for this test., Neutrophils"
  })
  void addsAMedicationAndALabOnAPhone(String lang, String drug, String unitError, String lab) {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Phone"));
    WebDriver driver = Browser.open(390, 844);
    try {
      Browser.login(driver, port, derm, Fixtures.PASSWORD);
      String page = "http://127.0.0.1:" + port + "/patients/" + patient;
      driver.get(page + "?lang=" + lang);
      assertThat(driver.findElement(By.cssSelector("#clinical-record h2")).getText())
          .isEqualTo("fr".equals(lang) ? "Dossier clinique" : "Clinical record");

      open(driver, "record-medications-form");
      new Select(driver.findElement(By.id("rm-pick"))).selectByValue("L04AX03");
      driver.findElement(By.id("rm-dosage")).sendKeys("15 mg");
      driver.findElement(By.id("rm-interval")).sendKeys("7");
      setDate(driver, "rm-start", LocalDate.now().minusMonths(1));
      driver.findElement(By.cssSelector("#record-medications-form button[type=submit]")).click();
      assertThat(driver.findElement(By.id("clinical-record")).getText()).contains(drug, "15 mg");

      open(driver, "record-labs-form");
      new Select(driver.findElement(By.id("rl-pick"))).selectByValue("751-8");
      driver.findElement(By.id("rl-value")).sendKeys("1,8");
      driver.findElement(By.id("rl-unit")).sendKeys("mg/dL");
      setDate(driver, "rl-date", LocalDate.now());
      driver.findElement(By.cssSelector("#record-labs-form button[type=submit]")).click();
      WebElement form = driver.findElement(By.id("record-labs-form"));
      assertThat(form.getAttribute("open")).isNotNull();
      assertThat(form.getText()).contains(unitError);
      assertThat(driver.findElement(By.id("rl-value")).getAttribute("value")).isEqualTo("1,8");
      Browser.screenshot(driver, "record-lab-error-" + lang);

      driver.findElement(By.id("rl-unit")).clear();
      driver.findElement(By.id("rl-unit")).sendKeys("10*9/L");
      driver.findElement(By.cssSelector("#record-labs-form button[type=submit]")).click();
      String record = driver.findElement(By.id("clinical-record")).getText();
      assertThat(record).contains(lab, "10⁹/L");
      Object overflow =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      Browser.screenshot(driver, "record-phone-" + lang);
    } finally {
      driver.quit();
    }
  }

  private static void open(WebDriver driver, String detailsId) {
    WebElement details = driver.findElement(By.id(detailsId));
    if (details.getAttribute("open") == null) {
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", details);
      details.findElement(By.tagName("summary")).click();
    }
  }

  /** Date inputs take keys in the browser's locale order; the value is set as the page posts it. */
  private static void setDate(WebDriver driver, String id, LocalDate date) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
  }
}
