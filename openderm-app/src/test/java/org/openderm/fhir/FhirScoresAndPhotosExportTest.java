package org.openderm.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Media;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.TestPhotos;
import org.openderm.system.fhir.Fhir;

/**
 * The FHIR export of a stored record carries its assessments (Observation, OpenDerm score codes)
 * and photos (Media: metadata only unless the export asks for the pixels), and round-trips.
 */
class FhirScoresAndPhotosExportTest extends IntegrationTest {

  private final FhirService fhir = new FhirService();

  @Test
  void export_carriesScoresAndPhotoMetadata_andRoundTrips() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("FhirScores"));
    fixtures.consent(derm, patient, Purpose.CARE, true);
    Api api = api(derm);
    String salt =
        "{\"instrument\":\"salt\",\"takenAt\":\"2026-09-01T09:00:00Z\",\"input\":{\"regions\":"
            + "{\"vertex\":50,\"posterior\":25,\"rightSide\":100,\"leftSide\":0}}}";
    assertThat(api.post("/api/v1/patients/" + patient + "/assessments", salt).status())
        .isEqualTo(201);
    byte[] jpeg = TestPhotos.jpeg(400, 300, 3);
    Api.Response up =
        api.postRaw(
            "/api/v1/patients/" + patient + "/photos",
            TestPhotos.CONTENT_TYPE,
            TestPhotos.multipart(jpeg, "cuir chevelu"));
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    UUID photoId = UUID.fromString(up.json().path("id").asString());

    Api.Response export = api.get("/api/v1/patients/" + patient + "/fhir");
    assertThat(export.status()).isEqualTo(200);
    Bundle bundle = Fhir.r4().newJsonParser().parseResource(Bundle.class, export.body());
    Observation score =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Observation.class::isInstance)
            .map(Observation.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(score.getCode().getCodingFirstRep().getSystem()).isEqualTo(OpenDermSystems.SCORE);
    assertThat(score.getCode().getCodingFirstRep().getCode()).isEqualTo("salt");
    assertThat(score.getValueQuantity().getValue().doubleValue()).isEqualTo(44.0);
    assertThat(score.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("S2");
    Media media =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Media.class::isInstance)
            .map(Media.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(media.getIdElement().getValue()).endsWith(photoId.toString());
    assertThat(media.getBodySite().getText()).isEqualTo("cuir chevelu");
    assertThat(media.getContent().getContentType()).isEqualTo("image/jpeg");
    assertThat(media.getContent().hasData()).isFalse();

    FhirPatientRecord read = fhir.importJson(export.body());
    assertThat(read.scores())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.instrument()).isEqualTo("salt");
              assertThat(s.value()).isEqualTo(44.0);
              assertThat(s.band()).isEqualTo("S2");
              assertThat(s.takenAt()).isEqualTo(java.time.Instant.parse("2026-09-01T09:00:00Z"));
            });
    assertThat(read.photos()).singleElement().satisfies(p -> assertThat(p.data()).isNull());
    // Re-exporting what was read gives the same scores and photos.
    FhirPatientRecord again =
        fhir.importJson(fhir.exportJson(read, FhirPatientRecord.IdentityMode.IDENTITY));
    assertThat(again.scores()).isEqualTo(read.scores());
    assertThat(again.photos()).isEqualTo(read.photos());

    Api.Response imported =
        api.postRaw("/api/v1/fhir/import", "application/fhir+json", export.bytes());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().path("skipped").path("Observation").asInt()).isEqualTo(1);
    assertThat(imported.json().path("skipped").path("Media").asInt()).isEqualTo(1);
  }

  @Test
  void photoPixels_onlyWhenAsked_andEqualToTheServedImage() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("FhirPixels"));
    fixtures.consent(derm, patient, Purpose.CARE, true);
    Api api = api(derm);
    Api.Response up =
        api.postRaw(
            "/api/v1/patients/" + patient + "/photos",
            TestPhotos.CONTENT_TYPE,
            TestPhotos.multipart(TestPhotos.jpeg(320, 240, 4), null));
    UUID photoId = UUID.fromString(up.json().path("id").asString());
    byte[] served = api.get("/api/v1/patients/" + patient + "/photos/" + photoId).bytes();

    String plain = api.get("/api/v1/patients/" + patient + "/fhir").body();
    assertThat(fhir.importJson(plain).photos().get(0).data()).isNull();
    String withPixels = api.get("/api/v1/patients/" + patient + "/fhir?photoData=true").body();
    FhirPatientRecord.Photo photo = fhir.importJson(withPixels).photos().get(0);
    assertThat(photo.data()).isEqualTo(served);
    assertThat(photo.bodySite()).isNull();
  }

  @Test
  void aRecordWithoutScoresOrPhotos_exportsNeither() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("FhirEmpty"));
    String body = api(derm).get("/api/v1/patients/" + patient + "/fhir").body();
    assertThat(body).doesNotContain("\"Observation\"", "\"Media\"");
    FhirPatientRecord read = fhir.importJson(body);
    assertThat(read.scores()).isEmpty();
    assertThat(read.photos()).isEmpty();
  }
}
