package org.openderm.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.record.ClinicalRecord.NewAllergy;
import org.openderm.record.ClinicalRecord.NewImmunization;
import org.openderm.record.ClinicalRecord.NewLabResult;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.openderm.record.ClinicalRecord.NewPregnancyStatus;
import org.openderm.record.ClinicalRecord.NewProblem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The record page's forms ({@code POST /patients/{id}/record/...}): add an item to a list, stop a
 * medication, resolve a problem, void an item. Invalid input goes back to the same form on the
 * record page with each field's error and what was typed (flash attributes {@code recordForm},
 * {@code recordErrors}, {@code recordInput}).
 */
@Controller
class ClinicalRecordPageController {

  private final ClinicalRecordService records;

  ClinicalRecordPageController(ClinicalRecordService records) {
    this.records = records;
  }

  @PostMapping("/patients/{id}/record/{list}")
  String add(
      @PathVariable UUID id,
      @PathVariable String list,
      @RequestParam Map<String, String> form,
      RedirectAttributes flash,
      Locale locale) {
    FormReader f = new FormReader(form);
    try {
      switch (list) {
        case "problems" -> problem(id, f);
        case "medications" -> medication(id, f, locale);
        case "labs" -> lab(id, f);
        case "immunizations" -> immunization(id, f);
        case "allergies" -> allergy(id, f);
        case "pregnancy-status" -> pregnancy(id, f);
        case "phototype" -> {
          f.check();
          records.setPhototype(id, ClinicalRecordApiController.phototypeValue(f.text("phototype")));
        }
        default -> throw new org.openderm.system.NotFoundException("DERM-1102", "No such list");
      }
    } catch (RecordInputException e) {
      return back(id, list, list, e.codes(), form, flash);
    }
    flash.addFlashAttribute("recordSaved", list);
    return "redirect:/patients/" + id + "#record-" + list;
  }

  private void problem(UUID id, FormReader f) {
    f.date("onset");
    f.check();
    records.addProblem(
        id,
        new NewProblem(f.text("system"), f.text("code"), f.text("display"), true, f.date("onset")));
  }

  private void medication(UUID id, FormReader f, Locale locale) {
    String[] picked = pick(f.text("pick"), locale);
    f.number("intervalDays");
    f.date("start");
    f.date("end");
    f.check();
    records.addMedication(
        id,
        new NewMedication(
            picked != null && f.text("name") == null ? picked[0] : f.text("name"),
            picked != null && f.text("atc") == null ? picked[1] : f.text("atc"),
            f.text("dosageText"),
            f.number("intervalDays"),
            null,
            f.date("start"),
            f.date("end"),
            f.text("status")));
  }

  private void lab(UUID id, FormReader f) {
    f.number("value");
    f.date("takenOn");
    f.check();
    String loinc = f.text("loinc") != null ? f.text("loinc") : f.text("pick");
    records.addLab(
        id,
        new NewLabResult(
            loinc,
            f.text("display"),
            f.number("value"),
            f.text("unit"),
            f.text("valueText"),
            f.date("takenOn")));
  }

  private void immunization(UUID id, FormReader f) {
    f.date("date");
    f.check();
    String cvx = f.text("cvx") != null ? f.text("cvx") : f.text("pick");
    records.addImmunization(
        id,
        new NewImmunization(
            cvx, f.text("display"), f.text("status"), f.date("date"), f.text("lot")));
  }

  private void allergy(UUID id, FormReader f) {
    f.check();
    records.addAllergy(
        id,
        new NewAllergy(
            f.text("substance"),
            null,
            null,
            f.text("type"),
            f.text("reaction"),
            f.text("criticality"),
            true,
            null));
  }

  private void pregnancy(UUID id, FormReader f) {
    f.date("observedOn");
    f.check();
    records.recordPregnancyStatus(
        id,
        new NewPregnancyStatus(f.text("status"), f.date("observedOn"), f.text("contraception")));
  }

  /** Stops a medication ({@code end}, today when empty). */
  @PostMapping("/patients/{id}/record/medications/{itemId}/stop")
  String stop(
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    FormReader f = new FormReader(form);
    try {
      f.date("end");
      f.check();
      records.stopMedication(id, itemId, f.date("end"));
    } catch (RecordInputException e) {
      return back(id, "medications", "stop-" + itemId, e.codes(), form, flash);
    }
    return "redirect:/patients/" + id + "#record-medications";
  }

  /** Voids an item of a list with a reason. */
  @PostMapping("/patients/{id}/record/{list}/{itemId}/void")
  String voidItem(
      @PathVariable UUID id,
      @PathVariable String list,
      @PathVariable UUID itemId,
      @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    try {
      records.voidItem(id, list, itemId, form.get("reason"));
    } catch (RecordInputException e) {
      return back(id, list, "void-" + itemId, e.codes(), form, flash);
    }
    return "redirect:/patients/" + id + "#record-" + list;
  }

  private static String back(
      UUID id,
      String list,
      String form,
      Map<String, String> codes,
      Map<String, String> input,
      RedirectAttributes flash) {
    flash.addFlashAttribute("recordForm", form);
    flash.addFlashAttribute("recordErrors", new LinkedHashMap<>(codes));
    Map<String, String> kept = new HashMap<>(input);
    kept.remove("_csrf");
    flash.addFlashAttribute("recordInput", kept);
    return "redirect:/patients/" + id + "#record-" + list;
  }

  /** A drug of the pick-list by ATC code: {name, atc}, or null. */
  private static String[] pick(String atc, Locale locale) {
    return atc == null
        ? null
        : RecordCatalogue.drug(atc).map(d -> new String[] {d.name(locale), d.atc()}).orElse(null);
  }

  /** Reads form fields; a date or number that does not parse is a field error. */
  private static final class FormReader {
    private final Map<String, String> form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormReader(Map<String, String> form) {
      this.form = form;
    }

    String text(String name) {
      String v = form.get(name);
      return v == null || v.isBlank() ? null : v.strip();
    }

    LocalDate date(String name) {
      String v = text(name);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        errors.put(name, "date");
        return null;
      }
    }

    Double number(String name) {
      String v = text(name);
      if (v == null) {
        return null;
      }
      try {
        return Double.valueOf(v.replace(',', '.').replace(" ", ""));
      } catch (NumberFormatException e) {
        errors.put(name, "number");
        return null;
      }
    }

    void check() {
      if (!errors.isEmpty()) {
        throw new RecordInputException(
            errors.keySet().stream()
                .map(k -> new org.openderm.system.Violation(k, errors.get(k)))
                .toList(),
            errors);
      }
    }
  }
}
