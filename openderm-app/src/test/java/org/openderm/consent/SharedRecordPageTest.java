package org.openderm.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;

/**
 * A record with an active share renders for the dermatologist, the shared GP and the patient, in
 * French and English, naming the clinician it is shared with and offering the revoke button.
 */
class SharedRecordPageTest extends IntegrationTest {

  @Test
  void recordWithAnActiveShare_rendersForEveryReader_inBothLanguages() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID id = fixtures.patient(derm, Fixtures.unique("Shared"));
    String self = fixtures.patientAccount(id);
    String gp = fixtures.clinician(Specialty.GP);
    var shared =
        api(self)
            .post(
                "/api/v1/patients/" + id + "/consents",
                Map.of("purpose", "SHARING", "granted", true, "grantee", gp));
    assertThat(shared.status()).isEqualTo(201);

    for (String reader : new String[] {derm, gp, self}) {
      WebSession session = new WebSession(port, reader);
      for (String lang : new String[] {"fr", "en"}) {
        HttpResponse<String> page = session.get("/patients/" + id + "?lang=" + lang);
        assertThat(page.statusCode()).as(reader + " " + lang).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("id=\"consents\"").contains("Dr " + gp);
        assertThat(body).contains(lang.equals("fr") ? "Révoquer" : "Revoke");
      }
    }
  }
}
