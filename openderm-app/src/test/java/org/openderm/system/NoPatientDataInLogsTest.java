package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A patient with a unique name and external id is created, read, searched, updated, given consents
 * and refused to a stranger; neither identifier appears in the application's or the database's
 * logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPatientDataInLogsTest extends IntegrationTest {

  @Test
  void identifiersNeverReachTheLogs(CapturedOutput output) throws Exception {
    String name = "Zyxquorth" + UUID.randomUUID().toString().substring(0, 6);
    String externalId = "EXT-" + UUID.randomUUID();
    Api api = api(fixtures.clinician(Specialty.DERMATOLOGIST));
    var created =
        api.post(
            "/api/v1/patients",
            Map.of(
                "givenName",
                name,
                "familyName",
                name,
                "birthDate",
                "1970-07-07",
                "sex",
                "male",
                "externalId",
                externalId));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asString();
    api.get("/api/v1/patients/" + id);
    api.get("/api/v1/patients?query=" + name);
    api.put(
        "/api/v1/patients/" + id,
        Map.of(
            "givenName",
            name,
            "familyName",
            name + "x",
            "birthDate",
            "1970-07-07",
            "sex",
            "male",
            "externalId",
            externalId));
    api.post("/api/v1/patients/" + id + "/consents", Map.of("purpose", "CARE", "granted", true));
    api.post("/api/v1/patients", Map.of("givenName", name, "birthDate", "bad"));
    api(fixtures.clinician(Specialty.GP)).get("/api/v1/patients/" + id);

    assertThat(output.getAll()).doesNotContain(name).doesNotContain(externalId);
    Path pgLog = Path.of(System.getProperty("openderm.data-dir"), "postgres", "postgres.log");
    if (Files.exists(pgLog)) {
      assertThat(Files.readString(pgLog)).doesNotContain(name).doesNotContain(externalId);
    }
  }
}
