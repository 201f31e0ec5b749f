package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;

/** The new instruments have calculator pages generated from their fields, in French and English. */
class NewScoreFormsTest extends IntegrationTest {

  @Test
  void newCalculatorPages_renderInFrenchAndEnglish() {
    WebSession web = new WebSession(port, fixtures.clinician(Specialty.DERMATOLOGIST));
    HttpResponse<String> ihs4 = web.get("/eczema/calculators/ihs4?lang=fr");
    assertThat(ihs4.statusCode()).isEqualTo(200);
    assertThat(ihs4.body()).contains("IHS4", "Nodules inflammatoires (nombre)", "Abcès (nombre)");
    assertThat(web.get("/eczema/calculators/napsi?lang=fr").body())
        .contains("Ongle du pied 10", "Matrice : quadrants");
    assertThat(web.get("/eczema/calculators/adct?lang=fr").body())
        .contains("Le texte du questionnaire ADCT est protégé", "Item 6")
        .doesNotContain("Item 7");
    assertThat(web.get("/eczema/calculators/uct?lang=fr").body()).contains("Item 4");
    assertThat(web.get("/eczema/calculators/cdlqi?lang=fr").body()).contains("Item 10");

    assertThat(web.get("/eczema/calculators/ihs4?lang=en").body())
        .contains("Inflammatory nodules (count)", "Draining tunnels");
    assertThat(web.get("/eczema/calculators/napsi?lang=en").body()).contains("Toenail 10");
    assertThat(web.get("/eczema/calculators/uct?lang=en").body())
        .contains("A higher UCT means better control");
  }
}
