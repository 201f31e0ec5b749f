package org.openderm.eczema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.eczema.instrument.Band;
import org.openderm.eczema.instrument.ScoradRegion;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientService;
import org.openderm.system.InvalidInputException;
import org.openderm.system.OpenDermException;
import org.openderm.system.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The eczema pages: calculators for every instrument, the PO-SCORAD diary (phone-sized) and the
 * weekly POEM, plus the JSON endpoints their script calls with the session (live score, save).
 */
@Controller
class EczemaPageController {

  private final ScoreCalculator calculator;
  private final AssessmentService assessments;
  private final PatientService patients;
  private final MessageSource messages;
  private final JsonMapper json;

  EczemaPageController(
      ScoreCalculator calculator,
      AssessmentService assessments,
      PatientService patients,
      MessageSource messages,
      JsonMapper json) {
    this.calculator = calculator;
    this.assessments = assessments;
    this.patients = patients;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping("/eczema/calculators")
  String calculators() {
    return "redirect:/eczema/calculators/scorad";
  }

  @GetMapping("/eczema/calculators/{instrument}")
  String calculator(
      @PathVariable String instrument,
      @RequestParam(required = false) UUID patient,
      Model model,
      Locale locale) {
    Instrument chosen = Instrument.fromId(instrument);
    Patient subject = patient == null ? null : patients.get(patient);
    form(model, chosen, subject, false, locale);
    model.addAttribute("eczemaInstruments", Arrays.asList(Instrument.values()));
    return "eczema/calculator";
  }

  @GetMapping("/patients/{patientId}/eczema/diary")
  String diary(@PathVariable UUID patientId, Model model, Locale locale) {
    form(model, Instrument.PO_SCORAD, patients.get(patientId), true, locale);
    return "eczema/calculator";
  }

  @GetMapping("/patients/{patientId}/eczema/poem")
  String poem(@PathVariable UUID patientId, Model model, Locale locale) {
    form(model, Instrument.POEM, patients.get(patientId), true, locale);
    return "eczema/calculator";
  }

  /** Live score for the forms: the result, or the invalid fields (never stored). */
  @PostMapping(
      path = "/eczema/score/{instrument}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Object> score(
      @PathVariable String instrument, @RequestBody JsonNode input, Locale locale) {
    try {
      return ResponseEntity.ok(calculator.compute(Instrument.fromId(instrument), input));
    } catch (OpenDermException e) {
      return problem(e, locale);
    }
  }

  /** Saves a diary entry or a calculator result to the patient's record. */
  @PostMapping(
      path = "/patients/{patientId}/eczema/assessments",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Object> save(
      @PathVariable UUID patientId, @RequestBody JsonNode body, Locale locale) {
    try {
      Assessment saved = assessments.record(patientId, AssessmentApiController.parse(body));
      return ResponseEntity.status(201)
          .body(
              Map.of(
                  "id",
                  saved.id(),
                  "score",
                  saved.score(),
                  "location",
                  // The record page confirms the entry (its score) above the chart.
                  "/patients/" + patientId + "?saved=" + saved.id() + "#eczema-course"));
    } catch (OpenDermException e) {
      return problem(e, locale);
    }
  }

  /**
   * The form's errors as the script reads them: status, code and the invalid fields, each message
   * in the page's language (the English developer messages stay in the API's problem+json).
   */
  private ResponseEntity<Object> problem(OpenDermException e, Locale locale) {
    String field = messages.getMessage("eczema.error.field", null, locale);
    List<Violation> errors =
        e instanceof InvalidInputException invalid
            ? invalid.violations().stream().map(v -> new Violation(v.field(), field)).toList()
            : List.of();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", e.status());
    body.put("code", e.code());
    body.put(
        "detail",
        messages.getMessage(
            "eczema.error." + e.code(),
            null,
            messages.getMessage("form.error.generic", null, locale),
            locale));
    body.put("errors", errors);
    return ResponseEntity.status(e.status()).body(body);
  }

  private void form(
      Model model, Instrument instrument, Patient patient, boolean diary, Locale locale) {
    boolean bodyMap = CalculatorForms.hasBodyMap(instrument);
    boolean infant = patient != null && patient.age() < 2;
    model.addAttribute("eczemaInstrument", instrument);
    model.addAttribute("eczemaDiary", diary);
    model.addAttribute("eczemaPatient", patient);
    model.addAttribute("eczemaAge", patient == null ? null : patient.age());
    model.addAttribute("eczemaBodyMap", bodyMap && !infant);
    model.addAttribute("eczemaExtentPercent", bodyMap && infant);
    model.addAttribute("eczemaAskAge", bodyMap && patient == null);
    model.addAttribute(
        "eczemaFields",
        FormViews.views(CalculatorForms.fields(instrument, diary), messages, locale));
    model.addAttribute(
        "eczemaRegions", Arrays.stream(ScoradRegion.values()).map(ScoradRegion::key).toList());
    model.addAttribute(
        "eczemaBandLabelsJson", json.writeValueAsString(bandLabels(instrument, locale)));
  }

  private Map<String, String> bandLabels(Instrument instrument, Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    instrument.bandSets().stream()
        .flatMap(set -> set.bands().stream())
        .map(Band::name)
        .forEach(
            name ->
                labels.put(name, messages.getMessage("eczema.band." + name, null, name, locale)));
    return labels;
  }
}
