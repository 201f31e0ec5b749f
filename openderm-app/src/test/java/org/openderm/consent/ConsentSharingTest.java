package org.openderm.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Consent is versioned and withdrawable; SHARING opens and closes a named clinician's access. */
class ConsentSharingTest extends IntegrationTest {

  @Autowired ConsentPolicy policy;

  @Test
  void patientSharesWithAClinicianThenRevokes() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    var id = fixtures.patient(derm, Fixtures.unique("Share"));
    Api self = api(fixtures.patientAccount(id));
    String gp = fixtures.clinician(Specialty.GP);
    assertThat(api(gp).get("/api/v1/patients/" + id).status()).isEqualTo(404);

    var shared =
        self.post(
            "/api/v1/patients/" + id + "/consents",
            Map.of("purpose", "SHARING", "granted", true, "grantee", gp));
    assertThat(shared.status()).isEqualTo(201);
    assertThat(api(gp).get("/api/v1/patients/" + id).status()).isEqualTo(200);

    self.post(
        "/api/v1/patients/" + id + "/consents",
        Map.of("purpose", "SHARING", "granted", false, "grantee", gp));
    assertThat(api(gp).get("/api/v1/patients/" + id).status()).isEqualTo(404);

    var history = self.get("/api/v1/patients/" + id + "/consents?history=true").json();
    assertThat(history.size()).isEqualTo(2);
    assertThat(history.get(0).path("version").asInt()).isEqualTo(2);
    assertThat(history.get(0).path("granted").asBoolean()).isFalse();
  }

  @Test
  void aiConsentIsOffUntilGrantedAndCanBeWithdrawn() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    var id = fixtures.patient(derm, Fixtures.unique("Ai"));
    assertThat(policy.isGranted(id, Purpose.AI_ANALYSIS)).isFalse();
    fixtures.consent(derm, id, Purpose.AI_ANALYSIS, true);
    assertThat(policy.isGranted(id, Purpose.AI_ANALYSIS)).isTrue();
    fixtures.consent(derm, id, Purpose.AI_ANALYSIS, false);
    assertThat(policy.isGranted(id, Purpose.AI_ANALYSIS)).isFalse();
  }

  @Test
  void sharingNeedsAGranteeAndOthersRefuseOne() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    var id = fixtures.patient(derm, Fixtures.unique("Grantee"));
    var noGrantee =
        api(derm)
            .post(
                "/api/v1/patients/" + id + "/consents",
                Map.of("purpose", "SHARING", "granted", true));
    assertThat(noGrantee.status()).isEqualTo(400);
    assertThat(noGrantee.json().path("errors").get(0).path("field").asString())
        .isEqualTo("grantee");
    var badPurpose =
        api(derm)
            .post(
                "/api/v1/patients/" + id + "/consents",
                Map.of("purpose", "MARKETING", "granted", true));
    assertThat(badPurpose.status()).isEqualTo(400);
  }
}
