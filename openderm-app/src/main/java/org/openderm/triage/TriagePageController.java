package org.openderm.triage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The triage pages: upload a dermoscopic photo, or ask for triage of a stored photo from the
 * viewer, then read the result with its heat map.
 */
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
      Model model,
      Locale locale)
      throws IOException {
    TriageResponse r;
    try (InputStream in = TriageApiController.stream(image)) {
      r =
          patientId == null
              ? triage.analyse(in, true, locale)
              : triage.analyseForPatient(patientId, in, true, locale);
    }
    return result(r, patientId, model);
  }

  @PostMapping("/patients/{id}/photos/{photoId}/triage")
  String photo(@PathVariable UUID id, @PathVariable UUID photoId, Model model, Locale locale) {
    return result(triage.analysePhoto(id, photoId, true, locale), id, model);
  }

  /** A result is only shown once, after the POST; reloading the address leads to the photo. */
  @GetMapping("/patients/{id}/photos/{photoId}/triage")
  String photoPage(@PathVariable UUID id, @PathVariable UUID photoId) {
    return "redirect:/patients/" + id + "/photos/" + photoId + "#triage";
  }

  private static String result(TriageResponse r, UUID patientId, Model model) {
    model.addAttribute("result", r);
    model.addAttribute("patientId", patientId);
    model.addAttribute("top", r.predictions().stream().limit(3).toList());
    model.addAttribute(
        "figures",
        r.model() == null ? null : TriageModelFigures.forModel(r.model().version()).orElse(null));
    return "triage/result";
  }
}
