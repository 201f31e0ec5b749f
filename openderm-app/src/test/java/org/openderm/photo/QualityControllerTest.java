package org.openderm.photo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openderm.ml.quality.Degradations;
import org.openderm.ml.quality.QualityGate;
import org.openderm.system.OpenDermException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

class QualityControllerTest {

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(
              new QualityController(
                  new PhotoQualityService(
                      new ImageSanitizer(PhotoProperties.defaults()), new QualityGate()),
                  PhotoProperties.defaults()))
          .setControllerAdvice(new StatusAdvice())
          .build();

  /** Stands in for the platform's problem+json handler: status and code only. */
  @RestControllerAdvice
  static class StatusAdvice {
    @ExceptionHandler(OpenDermException.class)
    ResponseEntity<Map<String, String>> handle(OpenDermException e) {
      return ResponseEntity.status(e.status()).body(Map.of("code", e.code()));
    }
  }

  private static MockMultipartFile image(byte[] bytes) {
    return new MockMultipartFile("image", "photo.jpg", "image/jpeg", bytes);
  }

  @Test
  void quality_blurredPhoto_returnsVerdictWithLocalisedMessage() throws Exception {
    BufferedImage picture = HostileCorpus.picture(480, 360, BufferedImage.TYPE_INT_RGB);
    byte[] blurred = HostileCorpus.encode(Degradations.gaussianBlur(picture, 6), "jpg");
    mvc.perform(multipart("/api/v1/quality").file(image(blurred)).locale(Locale.ENGLISH))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.acceptable").value(false))
        .andExpect(
            jsonPath("$.issues[?(@.code == 'BLURRED')].message")
                .value(
                    org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.startsWith("Blurred photo"))))
        .andExpect(jsonPath("$.metrics.width").value(480));
    mvc.perform(multipart("/api/v1/quality").file(image(blurred)).locale(Locale.FRENCH))
        .andExpect(
            jsonPath("$.issues[?(@.code == 'BLURRED')].message")
                .value(
                    org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.startsWith("Photo floue"))));
  }

  @Test
  void quality_hostileUploads_areClientErrorsWithStableCodes() throws Exception {
    Object[][] cases = {
      {new byte[0], 400, "DERM-0200"},
      {HostileCorpus.html(), 415, "DERM-0203"},
      {HostileCorpus.svg(), 415, "DERM-0203"},
      {HostileCorpus.pngDeclaring(30000, 30000, 1), 422, "DERM-0202"},
      {HostileCorpus.withZipAppended(HostileCorpus.jpeg(300, 300)), 422, "DERM-0206"},
      {HostileCorpus.huge(30 * 1024 * 1024), 413, "DERM-0201"},
      {HostileCorpus.png(1, 1), 422, "DERM-0205"},
    };
    for (Object[] c : cases) {
      mvc.perform(multipart("/api/v1/quality").file(image((byte[]) c[0])))
          .andExpect(status().is((int) c[1]))
          .andExpect(jsonPath("$.code").value((String) c[2]));
    }
  }

  @Test
  void quality_missingPart_isBadRequest() throws Exception {
    mvc.perform(multipart("/api/v1/quality")).andExpect(status().isBadRequest());
  }
}
