package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;

/**
 * The visit report PDF: rendered by the server, its text extracted with PDFBox shows the scores.
 */
class VisitReportApiTest extends IntegrationTest {

  @Test
  void reportPdf_showsScoresBandsAndNotes_inTheReadersLanguage() throws Exception {
    String dermato = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(dermato, Fixtures.unique("Report"));
    Api api = api(dermato);
    String path = "/api/v1/patients/" + patient + "/assessments";
    api.post(
        path,
        AssessmentApiTest.body(
            "po-scorad", "2026-10-01T08:00:00Z", AssessmentApiTest.SCORAD_INPUT));
    String note =
        "{\"instrument\":\"poem\",\"takenAt\":\"2026-11-02T08:00:00Z\","
            + "\"input\":{\"answers\":[4,3,1,0,2,3,4]},\"note\":\"Poussée après l'été & stress\"}";
    assertThat(api.post(path, note).status()).isEqualTo(201);

    String treatments = "/api/v1/patients/" + patient + "/treatments";
    Api.Response treatment =
        api.post(
            treatments,
            "{\"label\":\"Tacrolimus 0,1 %\",\"startedOn\":\"2026-10-05\",\"endedOn\":\"2026-10-26\"}");
    assertThat(treatment.status()).as(treatment.body()).isEqualTo(201);
    assertThat(api.get(treatments).json().get(0).path("label").asString())
        .isEqualTo("Tacrolimus 0,1 %");
    Api.Response backwards =
        api.post(
            treatments,
            "{\"label\":\"x\",\"startedOn\":\"2026-10-05\",\"endedOn\":\"2026-10-01\"}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("endedOn");

    Api.Response fr =
        api.send(api.builder("/api/v1/patients/" + patient + "/report.pdf?lang=fr").GET());
    assertThat(fr.status()).as(fr.body()).isEqualTo(200);
    assertThat(fr.contentType()).startsWith("application/pdf");
    String text = text(fr.bytes());
    assertThat(text)
        .contains("PO-SCORAD", "45,5", "sur 103", "Modéré", "POEM", "17 / 28")
        .contains("Poussée après l'été & stress", "ETFAD-Kunz-1997")
        .contains("Traitement : Tacrolimus 0,1 %, du 05/10/2026 au 26/10/2026");

    Api.Response en =
        api.send(api.builder("/api/v1/patients/" + patient + "/report.pdf?lang=en").GET());
    assertThat(text(en.bytes())).contains("Follow-up report", "Severe", "45.5 out of 103");

    String stranger = fixtures.clinician(Specialty.GP);
    assertThat(api(stranger).get("/api/v1/patients/" + patient + "/report.pdf").status())
        .isEqualTo(404);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
