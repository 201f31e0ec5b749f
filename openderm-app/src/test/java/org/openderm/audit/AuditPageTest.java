package org.openderm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;

/** The audit page: a bad filter is explained on the form; rows come in pages; no raw codes. */
class AuditPageTest extends IntegrationTest {

  @Test
  void badPatientId_isExplainedOnTheForm_inThePagesLanguage_withTheInputKept() {
    WebSession admin = new WebSession(port, fixtures.account(Role.ADMIN));
    HttpResponse<String> fr = admin.get("/admin/audit?patientId=abc-123&actor=someone&lang=fr");
    assertThat(fr.statusCode()).isEqualTo(200);
    assertThat(fr.body())
        .contains("Identifiant de patient invalide")
        .contains("value=\"abc-123\"")
        .contains("value=\"someone\"")
        .doesNotContain("id=\"error-page\"")
        .doesNotContain("wrong format");
    HttpResponse<String> en = admin.get("/admin/audit?from=2026-13-45&lang=en");
    assertThat(en.statusCode()).isEqualTo(200);
    assertThat(en.body()).contains("Invalid start date").contains("value=\"2026-13-45\"");
  }

  @Test
  void rowsComeInPagesOfFifty_andRolesAndOutcomesAreTranslated() {
    String derm = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(derm, Fixtures.unique("Audited"));
    Api api = api(derm);
    for (int i = 0; i < 55; i++) {
      assertThat(api.get("/api/v1/patients/" + patient).status()).isEqualTo(200);
    }
    WebSession admin = new WebSession(port, fixtures.account(Role.ADMIN));
    String first = admin.get("/admin/audit?actor=" + derm + "&lang=fr").body();
    assertThat(rows(first)).isEqualTo(AuditPageController.PAGE);
    assertThat(first).contains("Soignant · Dermatologue").contains("Réussi");
    assertThat(first).doesNotContain(">SUCCESS<").doesNotContain("CLINICIAN/");
    int at = first.indexOf("id=\"audit-older\"");
    assertThat(at).isPositive();
    String href = first.substring(first.indexOf("href=\"", at) + 6);
    href = href.substring(0, href.indexOf('"')).replace("&amp;", "&");
    String second = admin.get(href).body();
    assertThat(rows(second)).isBetween(6, AuditPageController.PAGE);
    assertThat(second).doesNotContain("id=\"audit-older\"").contains("Entrées les plus récentes");
  }

  private static int rows(String page) {
    return page.split("data-label=\"Utilisateur\"", -1).length - 1;
  }
}
