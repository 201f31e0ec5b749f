package org.openderm.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}) for browser tests,
 * with a fresh profile and no background network. Screenshots go to {@code target/screenshots}.
 */
public final class Browser {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String DRIVER = "/usr/bin/chromedriver";

  private Browser() {}

  /** A headless browser with a {@code width} x {@code height} viewport. */
  public static WebDriver open(int width, int height) {
    return start(width, height, false);
  }

  /**
   * A headless browser emulating a 390 x 844 phone (as an iPhone 12-15 in CSS pixels), keeping the
   * console log so that tests can read {@code driver.manage().logs().get("browser")}.
   */
  public static WebDriver phone() {
    return start(390, 844, true);
  }

  private static WebDriver start(int width, int height, boolean phone) {
    assumeTrue(
        Files.isExecutable(Path.of(DRIVER)) && Files.isExecutable(Path.of(CHROMIUM)),
        "Debian chromium and chromium-driver are required (installed by .ci/run)");
    try {
      Path profile = Files.createTempDirectory("openderm-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height,
          "--lang=fr-FR");
      if (phone) {
        options.setExperimentalOption(
            "mobileEmulation",
            Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs in through the login form. */
  public static void login(WebDriver driver, int port, String username, String password) {
    driver.get("http://127.0.0.1:" + port + "/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    // The login POST must have completed (and set the session) before the test navigates on.
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Saves a PNG of the page as {@code target/screenshots/<name>.png} and returns its path. */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
