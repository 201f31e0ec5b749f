package org.openderm.triage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.openderm.photo.PhotoUploads;
import org.openderm.system.OpenDermException;
import org.springframework.context.MessageSource;
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
  private final TriageAnalyser analyser;
  private final MessageSource messages;

  TriagePageController(TriageService triage, TriageAnalyser analyser, MessageSource messages) {
    this.triage = triage;
    this.analyser = analyser;
    this.messages = messages;
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
    } catch (OpenDermException e) {
      if (!PhotoUploads.toldToTheUser(e)) {
        throw e;
      }
      // A refused file is explained on the same form, in the page's language.
      model.addAttribute("patientId", patientId);
      model.addAttribute("triageError", refusal(e, locale));
      return "triage/form";
    }
    return result(r, patientId, model);
  }

  private String refusal(OpenDermException e, Locale locale) {
    String reason = messages.getMessage("triage.error." + e.code(), null, null, locale);
    if (reason == null) {
      reason = messages.getMessage("photo.error." + e.code(), null, null, locale);
    }
    if (reason == null) {
      reason = messages.getMessage("form.error.generic", null, locale);
    }
    return messages.getMessage("triage.refused", new Object[] {reason}, locale);
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

  /** A stored result reopened from the record page or the timeline. */
  @GetMapping("/patients/{id}/triage-results/{resultId}")
  String stored(@PathVariable UUID id, @PathVariable long resultId, Model model, Locale locale) {
    TriageService.Reopened reopened = triage.reopen(id, resultId, locale);
    model.addAttribute("reopened", reopened);
    return result(reopened.result(), id, model);
  }

  private String result(TriageResponse r, UUID patientId, Model model) {
    model.addAttribute("result", r);
    model.addAttribute("patientId", patientId);
    model.addAttribute("top", r.predictions().stream().limit(3).toList());
    model.addAttribute(
        "figures",
        r.model() == null ? null : TriageModelFigures.forModel(r.model().version()).orElse(null));
    if (!r.predictions().isEmpty()) {
      model.addAttribute("thresholds", analyser.settings());
      model.addAttribute(
          "melanoma",
          r.predictions().stream()
              .filter(p -> p.code().equals("mel"))
              .mapToDouble(TriageResponse.Prediction::probability)
              .findFirst()
              .orElse(0));
    }
    return "triage/result";
  }
}
