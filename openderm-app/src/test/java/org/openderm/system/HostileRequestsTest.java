package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;

/**
 * Requests an attacker shapes by hand: each gets a 4xx problem (API) or the error page, never a
 * 500, Tomcat's HTML or a reflected host.
 */
class HostileRequestsTest extends IntegrationTest {

  /** Sends a raw HTTP/1.1 request and returns the status line and headers. */
  private List<String> raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        lines.add(line);
      }
      return lines;
    }
  }

  @Test
  void aForgedHostIsNotReflectedInRedirects() throws Exception {
    List<String> head = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertThat(head.get(0)).contains("302");
    String location =
        head.stream()
            .filter(h -> h.toLowerCase().startsWith("location:"))
            .findFirst()
            .orElseThrow();
    // Before: Location: http://evil.example/login
    assertThat(location).doesNotContain("evil.example").contains("/login");
  }

  @Test
  void anEncodedSlashUnderTheApiIsAProblem() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    var r = api(derm).get("/api/v1/patients/a%2Fb");
    // Before: Tomcat's HTML 400 page.
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).startsWith("DERM-");
  }

  @Test
  void theErrorPageAskedForDirectlyIsNotAServerError() {
    // Before: 500.
    assertThat(api(null).get("/error").status()).isEqualTo(404);
  }

  @Test
  void anInfiniteNumberIsRefusedAsBadInput() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    var p = fixtures.patient(derm, Fixtures.unique("Inf"));
    String body = "{\"instrument\":\"poem\",\"input\":{\"answers\":[1e309,0,0,0,0,0,0]}}";
    var assessment =
        api(derm)
            .postRaw(
                "/api/v1/patients/" + p + "/assessments",
                "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    // Before: 500.
    assertThat(assessment.status()).isEqualTo(400);
    assertThat(assessment.code()).isEqualTo("DERM-0001");
    var score =
        api(derm)
            .postRaw(
                "/api/v1/scores/poem",
                "application/json",
                "{\"answers\":[1e309,0,0,0,0,0,0]}".getBytes(StandardCharsets.UTF_8));
    assertThat(score.status()).isEqualTo(400);
    assertThat(score.code()).isEqualTo("DERM-0001");
  }

  @Test
  void aFhirBundleIsCheckedLikeTheApi() {
    Api derm = api(fixtures.clinician(Specialty.DERMATOLOGIST));
    String longName = "A".repeat(200_000);
    String bundle =
        """
        {"resourceType":"Bundle","type":"collection","entry":[{"resource":{
          "resourceType":"Patient","name":[{"family":"%s","given":["Nour"]}],
          "gender":"female","birthDate":"2999-01-01"}}]}"""
            .formatted(longName);
    var r =
        derm.postRaw(
            "/api/v1/fhir/import",
            "application/fhir+json",
            bundle.getBytes(StandardCharsets.UTF_8));
    // Before: 201, the 200,000-character name and a birth date in 2999 stored.
    assertThat(r.status())
        .as(r.body().length() > 400 ? r.body().substring(0, 400) : r.body())
        .isEqualTo(400);
    assertThat(r.body()).contains("Patient.familyName").contains("Patient.birthDate");
  }
}
