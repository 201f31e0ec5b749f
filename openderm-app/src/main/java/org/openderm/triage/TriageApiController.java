package org.openderm.triage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/triage}: multipart {@code image}, optional {@code explain=true} (heat map)
 * and optional {@code patientId} (then consent is required and the result is stored and audited);
 * {@code POST /api/v1/patients/{id}/photos/{photoId}/triage}: the same on a stored photo. Quality
 * messages follow {@code Accept-Language}. A file that is not a usable image is the photo feature's
 * 4xx problem (DERM-020x).
 */
@RestController
class TriageApiController {

  private final TriageService triage;

  TriageApiController(TriageService triage) {
    this.triage = triage;
  }

  @PostMapping("/api/v1/triage")
  TriageResponse triage(
      @RequestParam(name = "image", required = false) MultipartFile image,
      @RequestParam(name = "explain", defaultValue = "false") boolean explain,
      @RequestParam(name = "patientId", required = false) UUID patientId,
      Locale locale)
      throws IOException {
    try (InputStream in = stream(image)) {
      return patientId == null
          ? triage.analyse(in, explain, locale)
          : triage.analyseForPatient(patientId, in, explain, locale);
    }
  }

  @PostMapping("/api/v1/patients/{id}/photos/{photoId}/triage")
  TriageResponse photo(
      @PathVariable UUID id,
      @PathVariable UUID photoId,
      @RequestParam(name = "explain", defaultValue = "false") boolean explain,
      Locale locale) {
    return triage.analysePhoto(id, photoId, explain, locale);
  }

  /** The upload, or an empty stream that the sanitiser refuses as a missing image (DERM-0200). */
  static InputStream stream(MultipartFile image) throws IOException {
    return image == null ? InputStream.nullInputStream() : image.getInputStream();
  }
}
