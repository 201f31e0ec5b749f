package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openderm.security.Role;
import org.openderm.support.Browser;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A learner, in a real browser (Debian chromium, headless): answers image items and a case step,
 * and sees the dashboard change.
 */
@Tag("browser")
@TestPropertySource(properties = "openderm.learning.data-dir=" + LearningTestData.DIR)
class LearningBrowserTest extends IntegrationTest {

  static {
    LearningTestData.ensure();
  }

  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void browser() {
    driver = Browser.open(1280, 1600);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void learnerAnswersItems_andTheDashboardChanges() {
    String learner = fixtures.account(Role.LEARNER);
    logIn(learner);

    open("/learning?lang=en");
    assertThat(text("stat-answered")).isEqualTo("0");
    assertThat(driver.findElement(By.id("ai-unavailable")).getText())
        .contains("AI comparison not available");

    open("/learning/quiz?source=isic-557");
    for (int i = 0; i < 3; i++) {
      WebElement choice =
          wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.choice")));
      choice.click();
      WebElement verdict =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
      assertThat(verdict.getText()).isIn("Right", "Not right");
      assertThat(driver.findElement(By.id("ai-slot")).getText()).contains("not available");
      assertThat(driver.findElements(By.cssSelector("#feedback li"))).isNotEmpty();
      screenshot("quiz-feedback");
      driver.findElement(By.id("next-item")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question")));
    }

    open("/learning/cases/ad-painful-erosions");
    List<WebElement> radios = driver.findElements(By.cssSelector("#step-0 input[name=options]"));
    radios.get(0).click();
    driver.findElement(By.cssSelector("#step-0 button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".step-verdict")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-1")));
    screenshot("case-step");

    open("/learning");
    assertThat(text("stat-answered")).isEqualTo("4");
    assertThat(text("stat-today")).isEqualTo("4");
    assertThat(text("stat-streak")).isEqualTo("1");
    assertThat(driver.findElements(By.cssSelector("#confusion td"))).isNotEmpty();
    assertThat(driver.findElement(By.id("topic-table")).getText()).contains("Atopic dermatitis");
    // Chart.js drew the charts from the server's configuration.
    wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return typeof Chart !== 'undefined'"
                            + " && !!Chart.getChart(document.getElementById('chart-topics'));"));
    screenshot("dashboard");

    // The learner's own desired retention, kept across visits; the page in French by default.
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("retention")))
        .selectByValue("0.8");
    driver.findElement(By.cssSelector("form.settings button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stat-answered")));
    assertThat(
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("retention")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("0.8");
    open("/learning?lang=fr");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ma progression");
  }

  private void screenshot(String name) {
    Browser.screenshot(driver, "learning-" + name);
  }

  private void logIn(String username) {
    Browser.login(driver, port, username, Fixtures.PASSWORD);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void open(String path) {
    driver.get("http://127.0.0.1:" + port + path);
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText().strip();
  }
}
