package org.openderm.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.record.ClinicalRecord.Allergy;
import org.openderm.record.ClinicalRecord.Immunization;
import org.openderm.record.ClinicalRecord.LabResult;
import org.openderm.record.ClinicalRecord.Medication;
import org.openderm.record.ClinicalRecord.NewAllergy;
import org.openderm.record.ClinicalRecord.NewImmunization;
import org.openderm.record.ClinicalRecord.NewLabResult;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.openderm.record.ClinicalRecord.NewPregnancyStatus;
import org.openderm.record.ClinicalRecord.NewProblem;
import org.openderm.record.ClinicalRecord.Phototype;
import org.openderm.record.ClinicalRecord.PregnancyStatus;
import org.openderm.record.ClinicalRecord.Problem;
import org.openderm.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinical record's REST API (DESIGN §4): {@code GET|POST
 * /api/v1/patients/{id}/problems|medications|labs|immunizations|allergies|pregnancy-status} ({@code
 * ?includeVoided=true} lists voided items too), {@code GET|PUT .../phototype}, {@code POST
 * .../medications/{itemId}/stop {"end"}}, {@code POST .../problems/{itemId}/resolve
 * {"resolvedOn"}}, {@code POST .../{list}/{itemId}/void {"reason"}} (204), {@code GET
 * .../{list}/{itemId}/history} and {@code GET .../record} (everything current). {@code /conditions}
 * stays an alias of {@code /problems}.
 */
@RestController
@RequestMapping("/api/v1/patients/{id}")
class ClinicalRecordApiController {

  private final ClinicalRecordService records;

  ClinicalRecordApiController(ClinicalRecordService records) {
    this.records = records;
  }

  @GetMapping("/record")
  ClinicalRecord record(@PathVariable UUID id) {
    return records.record(id);
  }

  @GetMapping({"/problems", "/conditions"})
  List<Problem> problems(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeVoided) {
    return records.problems(id, includeVoided);
  }

  @PostMapping({"/problems", "/conditions"})
  @ResponseStatus(HttpStatus.CREATED)
  Problem addProblem(@PathVariable UUID id, @RequestBody NewProblem body) {
    return records.addProblem(id, body);
  }

  @PostMapping("/problems/{itemId}/resolve")
  Problem resolve(
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      @RequestBody(required = false) Map<String, String> body) {
    return records.resolveProblem(id, itemId, date(body, "resolvedOn"));
  }

  @GetMapping("/medications")
  List<Medication> medications(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeVoided) {
    return records.medications(id, includeVoided);
  }

  @PostMapping("/medications")
  @ResponseStatus(HttpStatus.CREATED)
  Medication addMedication(@PathVariable UUID id, @RequestBody NewMedication body) {
    return records.addMedication(id, body);
  }

  /** Stops a treatment: {@code {"end": "2026-05-01"}} (today when absent). */
  @PostMapping("/medications/{itemId}/stop")
  Medication stop(
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      @RequestBody(required = false) Map<String, String> body) {
    return records.stopMedication(id, itemId, date(body, "end"));
  }

  @GetMapping("/labs")
  List<LabResult> labs(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeVoided) {
    return records.labs(id, includeVoided);
  }

  @PostMapping("/labs")
  @ResponseStatus(HttpStatus.CREATED)
  LabResult addLab(@PathVariable UUID id, @RequestBody NewLabResult body) {
    return records.addLab(id, body);
  }

  @GetMapping("/immunizations")
  List<Immunization> immunizations(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeVoided) {
    return records.immunizations(id, includeVoided);
  }

  @PostMapping("/immunizations")
  @ResponseStatus(HttpStatus.CREATED)
  Immunization addImmunization(@PathVariable UUID id, @RequestBody NewImmunization body) {
    return records.addImmunization(id, body);
  }

  @GetMapping("/allergies")
  List<Allergy> allergies(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeVoided) {
    return records.allergies(id, includeVoided);
  }

  @PostMapping("/allergies")
  @ResponseStatus(HttpStatus.CREATED)
  Allergy addAllergy(@PathVariable UUID id, @RequestBody NewAllergy body) {
    return records.addAllergy(id, body);
  }

  @GetMapping("/pregnancy-status")
  List<PregnancyStatus> pregnancy(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeVoided) {
    return records.pregnancyStatuses(id, includeVoided);
  }

  @PostMapping("/pregnancy-status")
  @ResponseStatus(HttpStatus.CREATED)
  PregnancyStatus addPregnancy(@PathVariable UUID id, @RequestBody NewPregnancyStatus body) {
    return records.recordPregnancyStatus(id, body);
  }

  @GetMapping("/phototype")
  ResponseEntity<Phototype> phototype(@PathVariable UUID id) {
    return ResponseEntity.of(records.phototype(id));
  }

  /** {@code {"phototype": 3}} or {@code {"phototype": "III"}}. */
  @PutMapping("/phototype")
  Phototype setPhototype(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
    return records.setPhototype(id, phototypeValue(body == null ? null : body.get("phototype")));
  }

  /** Voids an item: {@code {"reason": "entered in error"}}; the item stays, marked voided. */
  @PostMapping(
      "/{list:problems|conditions|medications|labs|immunizations|allergies|pregnancy-status|phototype}/{itemId}/void")
  ResponseEntity<Void> voidItem(
      @PathVariable UUID id,
      @PathVariable String list,
      @PathVariable UUID itemId,
      @RequestBody(required = false) Map<String, String> body) {
    records.voidItem(id, list, itemId, body == null ? null : body.get("reason"));
    return ResponseEntity.noContent().build();
  }

  @GetMapping(
      "/{list:problems|conditions|medications|labs|immunizations|allergies|pregnancy-status|phototype}/{itemId}/history")
  List<Map<String, Object>> history(
      @PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId) {
    return records.history(id, list, itemId);
  }

  static Integer phototypeValue(Object v) {
    if (v instanceof Number n) {
      return n.intValue();
    }
    if (v instanceof String s) {
      String t = s.strip().toUpperCase(Locale.ROOT);
      int roman = List.of("I", "II", "III", "IV", "V", "VI").indexOf(t);
      if (roman >= 0) {
        return roman + 1;
      }
      try {
        return Integer.valueOf(t);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static LocalDate date(Map<String, String> body, String field) {
    String text = body == null ? null : body.get(field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date (YYYY-MM-DD)");
    }
  }
}
