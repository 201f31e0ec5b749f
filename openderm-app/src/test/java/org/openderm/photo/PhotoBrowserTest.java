package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A clinician adds a photo from the record page, sees it in the viewer and as a thumbnail. */
class PhotoBrowserTest extends IntegrationTest {

  @Test
  void uploadFromRecordPage_thenViewerAndThumbnail_andRefusedFileExplained() throws IOException {
    String clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(clinician, Fixtures.unique("Photos"));
    fixtures.consent(clinician, patient, Purpose.CARE, true);
    Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
    Path photo = dir.resolve("lesion.jpg");
    Files.write(photo, HostileCorpus.jpeg(640, 480));
    Path fake = dir.resolve("fake.jpg");
    Files.write(fake, HostileCorpus.html());
    WebDriver driver = Browser.open(1280, 1000);
    try {
      Browser.login(driver, port, clinician, Fixtures.PASSWORD);
      String record = "http://127.0.0.1:" + port + "/patients/" + patient;
      driver.get(record);
      WebElement input = driver.findElement(By.cssSelector("#photos input[name=image]"));
      assertThat(input.getAttribute("capture")).isEqualTo("environment");
      assertThat(input.getAttribute("accept")).isEqualTo("image/jpeg,image/png");

      input.sendKeys(photo.toAbsolutePath().toString());
      driver.findElement(By.cssSelector("#photos input[name=bodySite]")).sendKeys("dos");
      driver.findElement(By.cssSelector("#photos button[type=submit]")).click();
      // The multipart POST and its redirect take a moment on a loaded machine.
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/patients/" + patient + "/photos/"));
      assertThat(loaded(driver, "img.photo-full")).isTrue();
      Browser.screenshot(driver, "photo-viewer");

      driver.get(record);
      assertThat(loaded(driver, "#photos .photo-grid img")).isTrue();

      driver
          .findElement(By.cssSelector("#photos input[name=image]"))
          .sendKeys(fake.toAbsolutePath().toString());
      driver.findElement(By.cssSelector("#photos button[type=submit]")).click();
      assertThat(driver.findElement(By.cssSelector("#photos .alert.error")).getText())
          .contains("JPEG et PNG");
      assertThat(driver.findElements(By.cssSelector("#photos .photo-grid li"))).hasSize(1);
      Browser.screenshot(driver, "photo-panel");
    } finally {
      driver.quit();
    }
  }

  /**
   * Whether the image decoded in the browser, waiting up to 20 s (the build machine is slow); the
   * image is scrolled into view first, since thumbnails load lazily.
   */
  private static boolean loaded(WebDriver driver, String css) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(
              d -> {
                Object width =
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const i = document.querySelector(arguments[0]);"
                                + " if (i) { i.scrollIntoView(); }"
                                + " return i && i.complete ? i.naturalWidth : 0;",
                            css);
                return width instanceof Number n && n.intValue() > 0;
              });
    } catch (TimeoutException e) {
      return false;
    }
  }
}
