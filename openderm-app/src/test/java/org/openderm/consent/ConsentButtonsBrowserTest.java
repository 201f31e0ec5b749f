package org.openderm.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consent buttons on the record page sit wholly inside the consents card, are the element under
 * their own centre (nothing paints over them) and work, at 1366 and 1920 px wide.
 */
@Tag("browser")
class ConsentButtonsBrowserTest extends IntegrationTest {

  private static final String GEOMETRY =
      """
      const card = document.getElementById('consents').getBoundingClientRect();
      return Array.from(document.querySelectorAll('#consents form button')).map(b => {
        b.scrollIntoView({block: 'center'});
        const r = b.getBoundingClientRect();
        const c = document.getElementById('consents').getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {text: b.textContent.trim(), inside: r.left >= c.left && r.right <= c.right + 0.5,
                width: r.width, hit: hit === b || b.contains(hit)};
      });
      """;

  @Test
  void consentButtons_areWhollyVisibleAndClickable_onDesktopWidths() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Consents"));
    for (int width : new int[] {1366, 1920}) {
      WebDriver driver = Browser.open(width, 900);
      try {
        Browser.login(driver, port, derm, Fixtures.PASSWORD);
        driver.get("http://127.0.0.1:" + port + "/patients/" + patient + "?lang=fr");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> buttons =
            (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(GEOMETRY);
        Browser.screenshot(driver, "consent-buttons-" + width);
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> b : buttons) {
          assertThat(b.get("inside")).as(width + " " + b).isEqualTo(true);
          assertThat(b.get("hit")).as(width + " " + b).isEqualTo(true);
          assertThat(((Number) b.get("width")).doubleValue()).as(width + " " + b).isGreaterThan(40);
        }
        // The AI consent's "Accorder" button works: the badge of that row turns to granted.
        var grant =
            driver.findElement(
                By.cssSelector("#consents input[value=AI_ANALYSIS] ~ button[type=submit]"));
        assertThat(grant.getText()).isEqualTo("Accorder");
        grant.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(
                d ->
                    d.findElement(
                            By.cssSelector(
                                "#consents input[value=AI_ANALYSIS] ~ button[type=submit]"))
                        .getText()
                        .equals("Retirer"));
        fixtures.consent(derm, patient, Purpose.AI_ANALYSIS, false);
      } finally {
        driver.quit();
      }
    }
  }
}
