package org.openderm.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class TriageApiTest extends IntegrationTest {

  private static final Path LESION = Path.of("../../shared/data/isic-557/images/ISIC_0000000.jpg");

  static Api.Response upload(Api api, String query, byte[] image) {
    String boundary = "----openderm" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"image\";"
            + " filename=\"x.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(image);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api.postRaw(
        "/api/v1/triage" + query, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  static byte[] lesion() throws Exception {
    if (Files.exists(LESION)) {
      return Files.readAllBytes(LESION);
    }
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(200, 150, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(new java.awt.Color(210, 160, 150));
    g.fillRect(0, 0, 200, 150);
    g.setColor(new java.awt.Color(90, 50, 40));
    g.fillOval(70, 45, 60, 60);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void anonymousImageGetsSevenRankedCalibratedClassesAndAHeatMap() throws Exception {
    String doc = fixtures.clinician(Specialty.DERMATOLOGIST);
    Api.Response r = upload(api(doc), "?explain=true", lesion());
    assertThat(r.status()).isEqualTo(200);
    JsonNode json = r.json();
    assertThat(json.get("quality").get("acceptable").asBoolean()).isTrue();
    JsonNode preds = json.get("predictions");
    assertThat(preds.size()).isEqualTo(7);
    double sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += preds.get(i).get("probability").asDouble();
      if (i > 0) {
        assertThat(preds.get(i).get("probability").asDouble())
            .isLessThanOrEqualTo(preds.get(i - 1).get("probability").asDouble());
      }
    }
    assertThat(sum).isBetween(0.999, 1.001);
    assertThat(json.get("model").get("sha256").asString()).hasSize(64);
    assertThat(json.get("heatmapPng").asString()).isNotEmpty();
  }

  @Test
  void aPatientsPhotoNeedsAiConsentAndIsStoredOnceGiven() throws Exception {
    String doc = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(doc, "Triage");
    Api.Response refused = upload(api(doc), "?patientId=" + patient, lesion());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("DERM-0102");
    fixtures.consent(doc, patient, Purpose.AI_ANALYSIS, true);
    Api.Response ok = upload(api(doc), "?patientId=" + patient, lesion());
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("resultId").asLong()).isPositive();

    // The stored result travels in the patient's FHIR export as a DiagnosticReport.
    JsonNode bundle = api(doc).get("/api/v1/patients/" + patient + "/fhir").json();
    long reports = 0;
    for (JsonNode e : bundle.get("entry")) {
      if ("DiagnosticReport".equals(e.get("resource").get("resourceType").asString())) {
        reports++;
      }
    }
    assertThat(reports).isEqualTo(1);
  }

  @Test
  void aPhotoFailingTheGateNeverReachesTheModelAndGarbageIsA400() throws Exception {
    String doc = fixtures.clinician(Specialty.GP);
    java.awt.image.BufferedImage black =
        new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(black, "png", png);
    Api.Response r = upload(api(doc), "", png.toByteArray());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("abstained").asBoolean()).isTrue();
    assertThat(r.json().get("abstainReason").asString()).isEqualTo("quality_gate");
    assertThat(r.json().get("predictions").size()).isZero();
    Api.Response bad = upload(api(doc), "", "not an image".getBytes(StandardCharsets.UTF_8));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("DERM-0001");
    assertThat(upload(api(null), "", lesion()).status()).isEqualTo(401);
  }
}
