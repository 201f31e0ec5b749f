package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad requests get clear RFC 9457 problems with stable codes, and nothing is half-written. */
class BadInputTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  private Api clinician;

  @BeforeEach
  void signIn() {
    clinician = api(fixtures.clinician(Specialty.DERMATOLOGIST));
  }

  private long patients() {
    return jdbc.sql("select count(*) from patient").query(Long.class).single();
  }

  @Test
  void validationListsEveryInvalidField() {
    long before = patients();
    var r =
        clinician.post(
            "/api/v1/patients", Map.of("givenName", "", "birthDate", "2999-01-01", "sex", "robot"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.code()).isEqualTo("DERM-0001");
    var fields = r.json().path("errors").findValuesAsString("field");
    assertThat(fields).contains("givenName", "familyName", "birthDate", "sex");
    assertThat(r.json().path("status").asInt()).isEqualTo(400);
    assertThat(r.json().path("title").asString()).isNotBlank();
    assertThat(patients()).isEqualTo(before);
  }

  @Test
  void malformedJsonIs400() {
    var r = clinician.post("/api/v1/patients", "{\"givenName\": \"Ana\", ");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("DERM-0002");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void oversizedBodyIs413() {
    String big = "{\"givenName\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}";
    var r = clinician.post("/api/v1/patients", big);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.code()).isEqualTo("DERM-0003");
  }

  @Test
  void unknownPathAndBadIdAndWrongMethodAreProblems() {
    assertThat(clinician.get("/api/v1/nothing-here").code()).isEqualTo("DERM-0004");
    var badId = clinician.get("/api/v1/patients/not-a-uuid");
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.code()).isEqualTo("DERM-0001");
    var method = clinician.send(clinician.builder("/api/v1/audit/verify").DELETE());
    assertThat(method.status()).isIn(403, 405);
    assertThat(method.code()).startsWith("DERM-");
  }

  @Test
  void unsupportedMediaTypeIs415() {
    var r = clinician.postRaw("/api/v1/patients", "text/plain", "hello".getBytes());
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.code()).isEqualTo("DERM-0007");
  }
}
