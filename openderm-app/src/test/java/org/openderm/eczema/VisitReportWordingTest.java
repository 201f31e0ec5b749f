package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;

/**
 * The visit report's wording: an ongoing treatment is "depuis le ... (en cours)", the birth line
 * agrees with the patient's sex, and the report is signed with the clinician's name.
 */
class VisitReportWordingTest extends IntegrationTest {

  @Test
  void report_saysSinceForAnOngoingTreatment_agreesWithSex_andIsSignedByName() throws Exception {
    String dermato = fixtures.clinician(Specialty.DERMATOLOGIST);
    Api api = api(dermato);
    String man = patient(api, "male");
    String woman = patient(api, "female");
    String unknown = patient(api, "unknown");
    assertThat(
            api.post(
                    "/api/v1/patients/" + man + "/treatments",
                    "{\"label\":\"Dupilumab\",\"startedOn\":\"2026-11-01\"}")
                .status())
        .isEqualTo(201);

    String fr = pdf(api, man, "fr");
    assertThat(fr)
        .contains("Traitement : Dupilumab, depuis le 01/11/2026 (en cours)")
        .doesNotContain("au en cours")
        .contains("né le 02/03/1980")
        .doesNotContain("né(e)")
        // Fixtures give clinicians the display name "Dr <username>".
        .contains("par Dr " + dermato);
    assertThat(pdf(api, woman, "fr")).contains("Patiente : ").contains("née le 02/03/1980");
    assertThat(pdf(api, unknown, "fr")).contains("né(e) le 02/03/1980");
    String en = pdf(api, man, "en");
    assertThat(en)
        .contains("Treatment: Dupilumab, since 01/11/2026 (ongoing)")
        .contains("born 02/03/1980")
        .contains("by Dr " + dermato);
  }

  private static String patient(Api api, String sex) {
    Api.Response r =
        api.post(
            "/api/v1/patients",
            "{\"givenName\":\"Sam\",\"familyName\":\""
                + Fixtures.unique("Wording")
                + "\",\"birthDate\":\"1980-03-02\",\"sex\":\""
                + sex
                + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  private static String pdf(Api api, String patient, String lang) throws Exception {
    Api.Response r =
        api.send(api.builder("/api/v1/patients/" + patient + "/report.pdf?lang=" + lang).GET());
    assertThat(r.status()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(r.bytes())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
