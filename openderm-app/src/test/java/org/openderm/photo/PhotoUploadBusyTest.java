package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openderm.consent.Purpose;
import org.openderm.security.Specialty;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.TestPhotos;
import org.openderm.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages when every decode permit is taken: the record page and the eczema diary tell the user,
 * in their language, to send the photo again, and nothing is stored.
 */
class PhotoUploadBusyTest extends IntegrationTest {

  @Autowired ImageSanitizer sanitizer;

  @Test
  void uploadsFromThePages_whileBusy_askToSendAgain_andStoreNothing() throws Exception {
    String dermato = fixtures.clinician(Specialty.DERMATOLOGIST);
    UUID patient = fixtures.patient(dermato, Fixtures.unique("Busy"));
    fixtures.consent(dermato, patient, Purpose.CARE, true);
    WebSession web = new WebSession(port, dermato);
    String record = "/patients/" + patient;
    byte[] photo = TestPhotos.multipart(TestPhotos.jpeg(640, 480, 1), "dos");
    DecodePermits permits = sanitizer.permits();
    List<DecodePermits.Permit> held = new ArrayList<>();
    try {
      for (int i = 0; i < permits.size(); i++) {
        held.add(permits.acquire());
      }
      HttpResponse<String> page =
          web.post(record + "/photos?lang=fr", record, TestPhotos.CONTENT_TYPE, photo);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Renvoyez-la dans quelques secondes");

      HttpResponse<String> diary =
          web.post(
              record + "/eczema/photos?lang=en",
              record + "/eczema/diary",
              TestPhotos.CONTENT_TYPE,
              photo);
      assertThat(diary.statusCode()).isEqualTo(503);
      assertThat(diary.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(Api.JSON.readTree(diary.body()).path("detail").asString())
          .contains("Send it again in a few seconds");
    } finally {
      held.forEach(DecodePermits.Permit::close);
    }
    assertThat(api(dermato).get("/api/v1/patients/" + patient + "/photos").json().size()).isZero();
  }
}
