package org.openderm.triage;

import java.io.IOException;
import java.util.UUID;
import org.openderm.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The triage pages: upload a dermoscopic photo, then read the result with its heat map. */
@Controller
class TriagePageController {

  private final TriageService triage;

  TriagePageController(TriageService triage) {
    this.triage = triage;
  }

  @GetMapping("/triage")
  String form(@RequestParam(name = "patientId", required = false) UUID patientId, Model model) {
    model.addAttribute("patientId", patientId);
    return "triage/form";
  }

  @PostMapping("/triage")
  String analyse(
      @RequestParam(name = "image", required = false) MultipartFile image,
      @RequestParam(name = "patientId", required = false) UUID patientId,
      Model model)
      throws IOException {
    if (image == null || image.isEmpty()) {
      throw new InvalidInputException("image", "an image file is required");
    }
    byte[] bytes = image.getBytes();
    TriageResponse r =
        patientId == null
            ? triage.analyse(bytes, true)
            : triage.analyseForPatient(patientId, bytes, true);
    model.addAttribute("result", r);
    model.addAttribute("patientId", patientId);
    model.addAttribute("top", r.predictions().stream().limit(3).toList());
    return "triage/result";
  }
}
