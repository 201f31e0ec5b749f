package org.openderm.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/quality}: the quality verdict on an uploaded photo, stored nowhere.
 *
 * <p>Stateless and patient-free, so it needs an authenticated user but no consent; the upload goes
 * through the same sanitiser as stored photos, so a hostile file gets the same 4xx here.
 */
@RestController
class QualityController {

  private final PhotoQualityService service;
  private final PhotoProperties limits;

  QualityController(PhotoQualityService service, PhotoProperties limits) {
    this.service = service;
    this.limits = limits;
  }

  @PostMapping(
      path = "/api/v1/quality",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  QualityReport assess(@RequestParam("image") MultipartFile image, Locale locale)
      throws IOException {
    if (image.isEmpty()) {
      throw new MissingImageException("The image file is empty.");
    }
    if (image.getSize() > limits.maxBytes()) {
      throw new PhotoTooLargeException(
          "The file is larger than " + limits.maxBytes() / (1024 * 1024) + " MiB.");
    }
    try (InputStream in = image.getInputStream()) {
      return service.assess(in, locale);
    }
  }
}
