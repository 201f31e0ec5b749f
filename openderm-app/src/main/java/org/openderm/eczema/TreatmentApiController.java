package org.openderm.eczema;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.system.FormFeedback;
import org.openderm.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * Treatment periods: {@code POST/GET /api/v1/patients/{id}/treatments}, {@code POST
 * .../treatments/{tid}/void}, and the record page's form ({@code POST
 * /patients/{id}/eczema/treatments}).
 */
@Controller
class TreatmentApiController {

  private final TreatmentPeriodService treatments;
  private final MessageSource messages;

  TreatmentApiController(TreatmentPeriodService treatments, MessageSource messages) {
    this.treatments = treatments;
    this.messages = messages;
  }

  @PostMapping(
      path = "/api/v1/patients/{patientId}/treatments",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<TreatmentPeriod> record(@PathVariable UUID patientId, @RequestBody JsonNode body) {
    TreatmentPeriod period =
        treatments.record(
            patientId,
            body.path("label").asString(null),
            date(body.path("startedOn").asString(null), "startedOn"),
            date(body.path("endedOn").asString(null), "endedOn"));
    return ResponseEntity.created(
            URI.create("/api/v1/patients/" + patientId + "/treatments/" + period.id()))
        .body(period);
  }

  @GetMapping(
      path = "/api/v1/patients/{patientId}/treatments",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<TreatmentPeriod> list(@PathVariable UUID patientId) {
    return treatments.list(patientId);
  }

  @PostMapping(
      path = "/api/v1/patients/{patientId}/treatments/{id}/void",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> voidPeriod(
      @PathVariable UUID patientId, @PathVariable UUID id, @RequestBody JsonNode body) {
    treatments.voidPeriod(patientId, id, body.path("reason").asString(null));
    return ResponseEntity.noContent().build();
  }

  /**
   * The record page's form: adds a period and returns to the course panel; a refused period comes
   * back on the same form, explained, with what was typed.
   */
  @PostMapping("/patients/{patientId}/eczema/treatments")
  String add(
      @PathVariable UUID patientId,
      @RequestParam(defaultValue = "") String label,
      @RequestParam(defaultValue = "") String startedOn,
      @RequestParam(required = false) String endedOn,
      RedirectAttributes redirect,
      Locale locale) {
    String back = "/patients/" + patientId + "#eczema-treatment-form";
    try {
      treatments.record(patientId, label, date(startedOn, "startedOn"), date(endedOn, "endedOn"));
    } catch (InvalidInputException e) {
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("label", label);
      typed.put("startedOn", startedOn);
      typed.put("endedOn", endedOn == null ? "" : endedOn);
      return FormFeedback.of(
              "eczema-treatment-form", e, "eczema.treatment", typed, messages, locale)
          .back(redirect, back);
    }
    return "redirect:/patients/" + patientId + "#eczema-course";
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date (YYYY-MM-DD)");
    }
  }
}
