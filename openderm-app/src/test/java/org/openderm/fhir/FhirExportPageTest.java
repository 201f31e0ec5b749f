package org.openderm.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;

/**
 * The record page has a FHIR export button that downloads the Bundle with the session (the API
 * address would make the browser ask for HTTP Basic), for the clinician and for the patient.
 */
class FhirExportPageTest extends IntegrationTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.openderm.consent.ConsentService consents;

  @Test
  void recordPageButton_downloadsTheBundle_withTheSession() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    String family = Fixtures.unique("Fhir");
    UUID patient = fixtures.patient(derm, family);
    String self = fixtures.patientAccount(patient);
    for (String reader : new String[] {derm, self}) {
      WebSession web = new WebSession(port, reader);
      String download = "/patients/" + patient + "/fhir-bundle";
      assertThat(web.get("/patients/" + patient + "?lang=fr").body())
          .contains("id=\"fhir-download\"")
          .contains("href=\"" + download + "\"");
      HttpResponse<String> bundle = web.get(download);
      assertThat(bundle.statusCode()).isEqualTo(200);
      assertThat(bundle.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/fhir+json");
      assertThat(bundle.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment");
      assertThat(bundle.headers().firstValue("WWW-Authenticate")).isEmpty();
      assertThat(Api.JSON.readTree(bundle.body()).path("resourceType").asString())
          .isEqualTo("Bundle");
      assertThat(bundle.body()).contains(family);
      HttpResponse<String> pseudonymised = web.get(download + "?pseudonym=true");
      assertThat(pseudonymised.statusCode()).isEqualTo(200);
      assertThat(pseudonymised.body()).doesNotContain(family);
    }
    String stranger = fixtures.clinician(Specialty.DERMATOLOGIST);
    assertThat(
            new WebSession(port, stranger)
                .get("/patients/" + patient + "/fhir-bundle")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aClinicianTheRecordIsSharedWith_isOfferedNoExport_sinceThePolicyRefusesIt() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("FhirShared"));
    String gp = fixtures.clinician(Specialty.GP);
    Fixtures.as(
        derm,
        "ROLE_CLINICIAN",
        () ->
            consents.record(
                patient,
                new org.openderm.consent.ConsentRequest(
                    org.openderm.consent.Purpose.SHARING, true, gp)));
    WebSession web = new WebSession(port, gp);
    HttpResponse<String> page = web.get("/patients/" + patient + "?lang=fr");
    assertThat(page.statusCode()).isEqualTo(200);
    // Before: the button was shown and led to "access denied".
    assertThat(page.body()).doesNotContain("id=\"fhir-download\"").doesNotContain("report.pdf");
    assertThat(web.get("/patients/" + patient + "/fhir-bundle").statusCode()).isEqualTo(403);
  }
}
