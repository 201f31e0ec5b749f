package org.openderm.patient;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patient pages: list and search, registration, the record, care team, break-glass. */
@Controller
class PatientPageController {

  static final List<String> SEXES = List.of("female", "male", "other", "unknown");
  private final PatientService patients;
  private final CareTeamService careTeam;
  private final PatientRecordModel recordModel;

  PatientPageController(
      PatientService patients, CareTeamService careTeam, PatientRecordModel recordModel) {
    this.patients = patients;
    this.careTeam = careTeam;
    this.recordModel = recordModel;
  }

  @GetMapping("/patients")
  String list(@RequestParam(defaultValue = "") String query, Model model) {
    model.addAttribute("query", query);
    model.addAttribute("patients", patients.search(query));
    return "patient/list";
  }

  @GetMapping("/patients/new")
  String newForm(Model model) {
    model.addAttribute("form", new NewPatient("", "", null, "unknown", ""));
    model.addAttribute("sexes", SEXES);
    return "patient/new";
  }

  @PostMapping("/patients")
  String create(
      @Valid @ModelAttribute("form") NewPatient form, BindingResult binding, Model model) {
    if (binding.hasErrors()) {
      List<Violation> errors =
          binding.getFieldErrors().stream()
              .map(f -> new Violation(f.getField(), f.getDefaultMessage()))
              .toList();
      model.addAttribute("errors", errors);
      model.addAttribute("sexes", SEXES);
      return "patient/new";
    }
    Patient p = patients.create(form);
    return "redirect:/patients/" + p.id();
  }

  @GetMapping("/patients/{id}")
  String record(@PathVariable UUID id, Model model, Locale locale) {
    recordModel.fill(id, model, locale);
    return "patient/record";
  }

  @PostMapping("/patients/{id}/care-team")
  String addMember(@PathVariable UUID id, @RequestParam String username) {
    careTeam.addMember(id, username);
    return "redirect:/patients/" + id + "#care-team";
  }

  @PostMapping("/patients/break-glass")
  String breakGlass(
      @RequestParam String patient, @RequestParam String reason, RedirectAttributes redirect) {
    try {
      return "redirect:/patients/" + careTeam.breakGlass(patient, reason);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("breakGlassError", e.getMessage());
      return "redirect:/";
    }
  }
}
