package org.openderm.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/triage}: the photo sanitiser and quality gate in front of the model. */
class TriageApiTest extends IntegrationTest {

  static Api.Response upload(Api api, String query, byte[] image) {
    return upload(api, query, image, "x.jpg");
  }

  static Api.Response upload(Api api, String query, byte[] image, String name) {
    TriageImages.Multipart m = TriageImages.multipart(image, name);
    return api.postRaw("/api/v1/triage" + query, m.contentType(), m.body());
  }

  @Test
  void anonymousImageGetsSevenRankedCalibratedClassesAndAHeatMap() throws Exception {
    String doc = fixtures.clinician(Specialty.DERMATOLOGIST);
    Api.Response r = upload(api(doc), "?explain=true", TriageImages.lesion());
    assertThat(r.status()).isEqualTo(200);
    JsonNode json = r.json();
    // 200 x 150, HAM10000's own size: the gate and the model agree that it is enough.
    assertThat(json.get("quality").get("acceptable").asBoolean()).isTrue();
    assertThat(json.get("quality").get("issues").size()).isZero();
    assertThat(json.get("quality").get("notes").size()).isZero();
    assertThat(json.get("quality").get("metrics").get("width").asInt()).isEqualTo(200);
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
    // The outline drawn on the photo (200x150 stays at its size) and the lesion it measures.
    byte[] outline = java.util.Base64.getDecoder().decode(json.get("outlinePng").asString());
    java.awt.image.BufferedImage drawn =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(outline));
    assertThat(drawn.getWidth()).isEqualTo(200);
    assertThat(drawn.getHeight()).isEqualTo(150);
    assertThat(json.get("lesion").get("areaFraction").asDouble()).isBetween(0.02, 0.9);
  }

  @Test
  void aPatientsPhotoNeedsAiConsentAndIsStoredOnceGiven() {
    String doc = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(doc, "Triage");
    Api.Response refused = upload(api(doc), "?patientId=" + patient, TriageImages.lesion());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("DERM-0102");
    fixtures.consent(doc, patient, Purpose.AI_ANALYSIS, true);
    Api.Response ok = upload(api(doc), "?patientId=" + patient, TriageImages.lesion());
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
  void aBlurredLesionIsRefusedByTheGateInTheUsersLanguageAndNeverReachesTheModel() {
    String doc = fixtures.clinician(Specialty.GP);
    Api.Response fr = upload(api(doc), "?explain=true", TriageImages.blurred(), "b.jpg");
    assertThat(fr.status()).isEqualTo(200);
    JsonNode json = fr.json();
    assertThat(json.get("abstained").asBoolean()).isTrue();
    assertThat(json.get("abstainReason").asString()).isEqualTo("quality_gate");
    assertThat(json.get("quality").get("acceptable").asBoolean()).isFalse();
    JsonNode issue = json.get("quality").get("issues").get(0);
    assertThat(issue.get("code").asString()).isEqualTo("BLURRED");
    assertThat(issue.get("message").asString()).startsWith("Photo floue");
    // No model output of any kind: no probabilities, risk, referral, heat map or outline.
    assertThat(json.get("predictions").size()).isZero();
    assertThat(json.hasNonNull("malignancyRisk")).as("malignancyRisk").isFalse();
    assertThat(json.hasNonNull("referral")).as("referral").isFalse();
    assertThat(json.hasNonNull("heatmapPng")).as("heatmapPng").isFalse();
    assertThat(json.hasNonNull("lesion")).as("lesion").isFalse();

    // Messages follow the user's language (French by default; ?lang= changes and saves it).
    Api.Response en = upload(api(doc), "?lang=en", TriageImages.blurred(), "b.jpg");
    assertThat(en.json().get("quality").get("issues").get(0).get("message").asString())
        .startsWith("Blurred photo");
    // Sharp but 120 x 90: under the 144 px the model reads, so resolution blocks.
    Api.Response small = upload(api(doc), "", TriageImages.small());
    assertThat(small.json().get("abstainReason").asString()).isEqualTo("quality_gate");
    assertThat(small.json().get("quality").get("issues").get(0).get("code").asString())
        .isEqualTo("RESOLUTION_LOW");
  }

  @Test
  void garbageIsAProblemFromThePhotoSanitiser() throws Exception {
    String doc = fixtures.clinician(Specialty.GP);
    BufferedImage black = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(black, "png", png);
    Api.Response r = upload(api(doc), "", png.toByteArray());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("abstainReason").asString()).isEqualTo("quality_gate");
    assertThat(r.json().get("predictions").size()).isZero();

    byte[] text = "not an image, just text".getBytes(StandardCharsets.UTF_8);
    Api.Response bad = upload(api(doc), "", text, "lesion.jpg");
    assertThat(bad.status()).isEqualTo(415);
    assertThat(bad.code()).isEqualTo("DERM-0203");
    assertThat(bad.json().get("detail").asString()).contains("JPEG");
    Api.Response empty = upload(api(doc), "", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.code()).isEqualTo("DERM-0200");
    byte[] lesion = TriageImages.lesion();
    byte[] truncated = java.util.Arrays.copyOf(lesion, lesion.length / 2);
    Api.Response cut = upload(api(doc), "", truncated);
    assertThat(cut.status()).isEqualTo(422);
    assertThat(cut.code()).startsWith("DERM-020");
    assertThat(upload(api(null), "", lesion).status()).isEqualTo(401);
  }
}
