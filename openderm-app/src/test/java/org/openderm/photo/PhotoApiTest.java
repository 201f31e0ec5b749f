package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PhotoApiTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PhotoFiles files;
  @Autowired ImageSanitizer sanitizer;

  private String clinician;
  private UUID patient;

  @BeforeEach
  void patientWithCareConsent() {
    clinician = fixtures.clinician(Specialty.DERMATOLOGIST);
    patient = fixtures.patient(clinician, "Photo");
    fixtures.consent(clinician, patient, Purpose.CARE, true);
  }

  private Api.Response upload(UUID patientId, byte[] file) {
    return api(clinician)
        .postRaw(
            "/api/v1/patients/" + patientId + "/photos",
            Multipart.CONTENT_TYPE,
            Multipart.image(file, "../../etc/passwd.jpg", "dos"));
  }

  @Test
  void upload_storesSanitisedEncryptedPhoto_andServesItWithFixedHeaders() throws IOException {
    byte[] original = ExifFixture.withExif(HostileCorpus.jpeg(640, 480), 6);
    Api.Response created = upload(patient, original);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().path("id").asString());
    assertThat(created.json().path("quality").path("acceptable").isBoolean()).isTrue();

    Api.Response list = api(clinician).get("/api/v1/patients/" + patient + "/photos");
    assertThat(list.json().get(0).path("id").asString()).isEqualTo(id.toString());
    assertThat(list.json().get(0).path("bodySite").asString()).isEqualTo("dos");
    assertThat(list.json().get(0).path("width").asInt()).isEqualTo(480); // EXIF rotation applied

    Api.Response image = api(clinician).get("/api/v1/patients/" + patient + "/photos/" + id);
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.contentType()).isEqualTo("image/jpeg");
    assertThat(image.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("inline; filename=\"photo-" + id + ".jpg\"");
    String served = new String(image.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(served).doesNotContain("Exif").doesNotContain(ExifFixture.COMMENT);
    assertThat(image.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);

    // At rest: named by the server's id, encrypted (no JPEG marker, no EXIF), hash recorded.
    byte[] atRest = Files.readAllBytes(files.path(id));
    assertThat(atRest[0]).isEqualTo(PhotoCrypto.VERSION);
    assertThat(new String(atRest, StandardCharsets.ISO_8859_1)).doesNotContain("JFIF");
  }

  @Test
  void upload_withoutCareConsent_isForbiddenAndStoresNothing() throws IOException {
    UUID other = fixtures.patient(clinician, "NoConsent");
    List<Path> before = allFiles();
    Api.Response r = upload(other, HostileCorpus.jpeg(320, 240));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.code()).isEqualTo("DERM-0102");
    assertThat(rows(other)).isZero();
    assertThat(allFiles()).isEqualTo(before);
  }

  @Test
  void upload_hostileCorpus_clientErrorsNoRowNoFile() throws IOException {
    List<Path> before = allFiles();
    Object[][] cases = {
      {new byte[0], "DERM-0200"},
      {HostileCorpus.text("not an image"), "DERM-0203"},
      {HostileCorpus.html(), "DERM-0203"},
      {HostileCorpus.svg(), "DERM-0203"},
      {HostileCorpus.truncated(HostileCorpus.jpeg(400, 300), 0.5), "DERM-0204"},
      {HostileCorpus.pngDeclaring(30000, 30000, 1), "DERM-0202"},
      {HostileCorpus.pngDeclaring(1000, 1000, 10), "DERM-0204"},
      {HostileCorpus.withZipAppended(HostileCorpus.jpeg(300, 300)), "DERM-0206"},
      {HostileCorpus.png(1, 1), "DERM-0205"},
      {HostileCorpus.encode(HostileCorpus.picture(90, 90, 1), "bmp"), "DERM-0203"},
    };
    for (Object[] c : cases) {
      Api.Response r = upload(patient, (byte[]) c[0]);
      assertThat(r.status()).as((String) c[1]).isBetween(400, 499);
      assertThat(r.code()).isEqualTo(c[1]);
    }
    Api.Response huge = upload(patient, HostileCorpus.huge(30 * 1024 * 1024));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(rows(patient)).isZero();
    assertThat(allFiles()).isEqualTo(before);
  }

  @Test
  void upload_whileEveryDecodeIsBusy_is503WithRetryAfter_storesNothing_andSucceedsOnceFree()
      throws IOException {
    DecodePermits permits = sanitizer.permits();
    List<Path> before = allFiles();
    List<DecodePermits.Permit> held = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < permits.size(); i++) {
        held.add(permits.acquire());
      }
      Api.Response busy = upload(patient, HostileCorpus.jpeg(320, 240));
      assertThat(busy.status()).as(busy.body()).isEqualTo(503);
      assertThat(busy.code()).isEqualTo("DERM-0209");
      assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(rows(patient)).isZero();
      assertThat(allFiles()).isEqualTo(before);
    } finally {
      held.forEach(DecodePermits.Permit::close);
    }
    assertThat(upload(patient, HostileCorpus.jpeg(320, 240)).status()).isEqualTo(201);
    assertThat(permits.available()).isEqualTo(permits.size());
  }

  @Test
  void integrity_detectsAlteredFileAndOrphans() throws IOException {
    Api.Response created = upload(patient, HostileCorpus.jpeg(320, 240));
    UUID id = UUID.fromString(created.json().path("id").asString());
    Path file = files.path(id);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(file, bytes);
    Path orphan = files.root().resolve("00").resolve(UUID.randomUUID() + ".odp");
    Files.createDirectories(orphan.getParent());
    Files.write(orphan, new byte[] {1, 2, 3});
    try {
      Api.Response image = api(clinician).get("/api/v1/patients/" + patient + "/photos/" + id);
      assertThat(image.status()).isEqualTo(500);
      assertThat(image.code()).isEqualTo("DERM-0207");

      String admin = fixtures.account(Role.ADMIN);
      Api.Response report = api(admin).post("/api/v1/photos/integrity", "{}");
      assertThat(report.status()).as(report.body()).isEqualTo(200);
      assertThat(report.body()).contains(id.toString()).contains(orphan.getFileName().toString());
      assertThat(api(clinician).post("/api/v1/photos/integrity", "{}").status()).isEqualTo(403);
    } finally {
      Files.deleteIfExists(orphan);
    }
  }

  @Test
  void integrity_quarantinesOrphansLeftByACrash() throws IOException {
    // A crash between the file's rename and the commit leaves a file without a row.
    Path orphan = files.root().resolve("00").resolve(UUID.randomUUID() + ".odp");
    Files.createDirectories(orphan.getParent());
    Files.write(orphan, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(
        orphan,
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(PhotoIntegrity.ORPHAN_GRACE).minusSeconds(60)));
    Path moved =
        files
            .root()
            .resolveSibling("photos-quarantine")
            .resolve("00")
            .resolve(orphan.getFileName());
    try {
      String admin = fixtures.account(Role.ADMIN);
      Api.Response report = api(admin).post("/api/v1/photos/integrity", "{}");
      assertThat(report.status()).isEqualTo(200);
      assertThat(report.json().path("quarantined").toString())
          .contains(orphan.getFileName().toString());
      // Before: reported at every run, never cleaned.
      assertThat(orphan).doesNotExist();
      assertThat(moved).exists();
      assertThat(api(admin).post("/api/v1/photos/integrity", "{}").body())
          .doesNotContain(orphan.getFileName().toString());
    } finally {
      Files.deleteIfExists(orphan);
      Files.deleteIfExists(moved);
    }
  }

  private int rows(UUID patientId) {
    return jdbc.sql("select count(*) from photo where patient_id = :p")
        .param("p", patientId)
        .query(Integer.class)
        .single();
  }

  private List<Path> allFiles() throws IOException {
    if (!Files.isDirectory(files.root())) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(files.root())) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
