package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.TestPhotos;
import org.openderm.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Photos in the eczema feature: uploaded from the diary through the photo gate, marked on the
 * course chart, and embedded as thumbnails in the visit report PDF.
 */
class DiaryPhotosAndReportTest extends IntegrationTest {

  private String dermato;
  private UUID patient;

  @BeforeEach
  void patientWithCareConsent() {
    dermato = fixtures.clinician(Specialty.DERMATOLOGIST);
    patient = fixtures.patient(dermato, Fixtures.unique("DiaryPhoto"));
    fixtures.consent(dermato, patient, Purpose.CARE, true);
  }

  private String diaryPage() {
    return "/patients/" + patient + "/eczema/diary";
  }

  private HttpResponse<String> diaryUpload(WebSession web, UUID who, byte[] file) {
    return web.post(
        "/patients/" + who + "/eczema/photos?lang=fr",
        diaryPage(),
        TestPhotos.CONTENT_TYPE,
        TestPhotos.multipart(file, "pli du coude"));
  }

  @Test
  void diaryPhoto_goesThroughTheGate_andShowsOnTheChart() throws Exception {
    WebSession web = new WebSession(port, dermato);
    assertThat(web.get(diaryPage()).body()).contains("id=\"eczema-photos\"", "capture=");

    HttpResponse<String> stored = diaryUpload(web, patient, TestPhotos.jpeg(640, 480, 1));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    JsonNode json = Api.JSON.readTree(stored.body());
    assertThat(json.path("acceptable").isBoolean()).isTrue();
    assertThat(json.path("thumbnail").asString()).endsWith("/thumbnail");
    String photoId = json.path("id").asString();
    JsonNode listed = api(dermato).get("/api/v1/patients/" + patient + "/photos").json();
    assertThat(listed.get(0).path("id").asString()).isEqualTo(photoId);
    assertThat(listed.get(0).path("bodySite").asString()).isEqualTo("pli du coude");

    // A file that is not an image: refused in the user's language, nothing stored.
    HttpResponse<String> refused =
        diaryUpload(web, patient, "<svg></svg>".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(Api.JSON.readTree(refused.body()).path("detail").asString()).contains("JPEG et PNG");
    assertThat(api(dermato).get("/api/v1/patients/" + patient + "/photos").json().size())
        .isEqualTo(1);

    // Without CARE consent the gate is not even reached.
    UUID noConsent = fixtures.patient(dermato, Fixtures.unique("NoCare"));
    HttpResponse<String> forbidden = diaryUpload(web, noConsent, TestPhotos.jpeg(320, 240, 2));
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("DERM-0102");

    // The course chart carries the photo date and its link.
    api(dermato)
        .post(
            "/api/v1/patients/" + patient + "/assessments",
            AssessmentApiTest.body(
                "po-scorad", "2026-10-01T08:00:00Z", AssessmentApiTest.SCORAD_INPUT));
    String record = web.get("/patients/" + patient).body();
    assertThat(record).contains("&quot;photos&quot;:[{", "/photos/" + photoId);
  }

  @Test
  void reportPdf_embedsPhotoThumbnails() throws Exception {
    Api api = api(dermato);
    api.post(
        "/api/v1/patients/" + patient + "/assessments",
        AssessmentApiTest.body(
            "po-scorad", "2026-10-01T08:00:00Z", AssessmentApiTest.SCORAD_INPUT));
    // One image: the course chart; no photo part.
    byte[] before = report(api);
    assertThat(images(before)).isEqualTo(1);
    assertThat(text(before)).doesNotContain("Photos");

    for (int i = 0; i < 2; i++) {
      Api.Response up =
          api.postRaw(
              "/api/v1/patients/" + patient + "/photos",
              TestPhotos.CONTENT_TYPE,
              TestPhotos.multipart(TestPhotos.jpeg(800, 600, 10 + i), "avant-bras " + i));
      assertThat(up.status()).as(up.body()).isEqualTo(201);
    }
    byte[] after = report(api);
    assertThat(images(after)).isEqualTo(3);
    assertThat(text(after)).contains("Photos", "avant-bras 0", "avant-bras 1");
  }

  private byte[] report(Api api) {
    Api.Response r =
        api.send(api.builder("/api/v1/patients/" + patient + "/report.pdf?lang=fr").GET());
    assertThat(r.status()).isEqualTo(200);
    return r.bytes();
  }

  /** Image XObjects drawn on the pages (the chart PNGs and the photo thumbnails). */
  static int images(byte[] pdf) throws Exception {
    int count = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        count += images(page.getResources());
      }
    }
    return count;
  }

  private static int images(PDResources resources) throws Exception {
    int count = 0;
    for (COSName name : resources.getXObjectNames()) {
      var x = resources.getXObject(name);
      if (x instanceof PDImageXObject) {
        count++;
      } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
          && form.getResources() != null) {
        count += images(form.getResources());
      }
    }
    return count;
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
