package org.openderm.triage;

import java.io.IOException;
import java.util.UUID;
import org.openderm.system.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/triage}: multipart {@code image}, optional {@code explain=true} (heat map)
 * and optional {@code patientId} (then consent is required and the result is stored and audited).
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
      @RequestParam(name = "patientId", required = false) UUID patientId)
      throws IOException {
    if (image == null || image.isEmpty()) {
      throw new InvalidInputException("image", "an image file is required");
    }
    byte[] bytes = image.getBytes();
    return patientId == null
        ? triage.analyse(bytes, explain)
        : triage.analyseForPatient(patientId, bytes, explain);
  }
}
