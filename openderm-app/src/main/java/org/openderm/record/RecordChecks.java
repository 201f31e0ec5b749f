package org.openderm.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openderm.record.ClinicalRecord.NewAllergy;
import org.openderm.record.ClinicalRecord.NewImmunization;
import org.openderm.record.ClinicalRecord.NewLabResult;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.openderm.record.ClinicalRecord.NewPregnancyStatus;
import org.openderm.record.ClinicalRecord.NewProblem;
import org.openderm.system.Violation;

/**
 * The server-side rules on record input, one {@link RecordInputException} (400, DERM-0001) listing
 * every invalid field: required text, lengths, code formats, end before start, dates in the future,
 * lab units unknown for the test and implausible values. The record page shows the same failures
 * inline, translated from their short codes ({@code record.error.<code>}).
 */
final class RecordChecks {

  static final String SNOMED = "http://snomed.info/sct";
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, String> codes = new java.util.LinkedHashMap<>();
  private final LocalDate today;

  RecordChecks(LocalDate today) {
    this.today = today;
  }

  void done() {
    if (!violations.isEmpty()) {
      throw new RecordInputException(violations, codes);
    }
  }

  private void fail(String field, String code, String text) {
    violations.add(new Violation(field, text));
    codes.put(field, code);
  }

  String text(String field, String value, int max, boolean required) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        fail(field, "required", "is required");
      }
      return null;
    }
    if (v.length() > max) {
      fail(field, "tooLong", "at most " + max + " characters");
    }
    return v;
  }

  void notFuture(String field, LocalDate date) {
    if (date != null && date.isAfter(today)) {
      fail(field, "future", "must not be in the future");
    }
  }

  void order(String field, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      fail(field, "endBeforeStart", "must not be before the start");
    }
  }

  String problemSystem(String system) {
    if (system == null || system.isBlank()) {
      return null;
    }
    return switch (system.strip().toLowerCase(Locale.ROOT)) {
      case "snomed", "snomed-ct", "sct", SNOMED -> SNOMED;
      case "icd-10", "icd10", "cim-10", ICD10 -> ICD10;
      default -> {
        fail("system", "system", "must be SNOMED CT (" + SNOMED + ") or ICD-10 (" + ICD10 + ")");
        yield null;
      }
    };
  }

  void problem(NewProblem p, String system, String code) {
    if (code != null && system == null && p.system() == null) {
      fail("system", "system", "is required with a code");
    }
    if (SNOMED.equals(system) && code != null && !code.matches("\\d{6,18}")) {
      fail("code", "code", "a SNOMED CT code has 6 to 18 digits");
    }
    if (ICD10.equals(system) && code != null && !code.matches("[A-Za-z]\\d{2}(\\.?\\w{1,4})?")) {
      fail("code", "code", "an ICD-10 code looks like L20.8");
    }
    notFuture("onset", p.onset());
    notFuture("resolvedOn", p.resolvedOn());
    order("resolvedOn", p.onset(), p.resolvedOn());
  }

  String medicationStatus(NewMedication m) {
    String s = m.status() == null ? "ACTIVE" : m.status().strip().toUpperCase(Locale.ROOT);
    if (!List.of("ACTIVE", "STOPPED", "PLANNED").contains(s)) {
      fail("status", "status", "must be active, stopped or planned");
      return "ACTIVE";
    }
    if (s.equals("STOPPED") && m.end() == null) {
      fail("end", "required", "is required for a stopped medication");
    }
    if (!s.equals("PLANNED")) {
      notFuture("start", m.start());
    }
    if (s.equals("STOPPED")) {
      notFuture("end", m.end());
    }
    order("end", m.start(), m.end());
    if (m.atc() != null
        && !m.atc().isBlank()
        && !m.atc().strip().matches("[A-Za-z]\\d{2}[A-Za-z0-9]{0,4}")) {
      fail("atc", "code", "an ATC code looks like D11AH05");
    }
    if (m.intervalDays() != null && (m.intervalDays() <= 0 || m.intervalDays() > 366)) {
      fail("intervalDays", "range", "must be between 0 and 366 days");
    }
    if (m.supplyDays() != null && (m.supplyDays() <= 0 || m.supplyDays() > 366)) {
      fail("supplyDays", "range", "must be between 1 and 366 days");
    }
    return s;
  }

  /** The unit to store: the catalogue's spelling of the unit for a known test. */
  String lab(NewLabResult l) {
    if (l.loinc() == null || !l.loinc().strip().matches("\\d{1,7}-\\d")) {
      fail("loinc", "code", "a LOINC code looks like 751-8");
      return l.unit();
    }
    if (l.takenOn() == null) {
      fail("takenOn", "required", "is required");
    }
    notFuture("takenOn", l.takenOn());
    boolean noText = l.valueText() == null || l.valueText().isBlank();
    if (l.value() == null && noText) {
      fail("value", "required", "a value (or a result text) is required");
    }
    var known = RecordCatalogue.lab(l.loinc().strip());
    if (known.isEmpty()) {
      if (l.value() != null && (l.value() < 0 || l.value().isNaN())) {
        fail("value", "range", "must not be negative");
      }
      if (l.value() != null && (l.unit() == null || l.unit().isBlank())) {
        fail("unit", "required", "is required with a value");
      }
      return l.unit() == null || l.unit().isBlank() ? null : l.unit().strip();
    }
    RecordCatalogue.LabChoice test = known.get();
    if (test.qualitative() || l.value() == null) {
      return null;
    }
    String unit = l.unit() == null || l.unit().isBlank() ? test.canonicalUnit() : l.unit().strip();
    Map.Entry<String, Double> match =
        test.units().entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase(unit))
            .findFirst()
            .orElse(null);
    if (match == null) {
      fail("unit", "unit", "for " + test.en() + " must be one of " + test.units().keySet());
      return unit;
    }
    double canonical = l.value() * match.getValue();
    if (canonical < test.min() || canonical > test.max()) {
      fail(
          "value",
          "range",
          "is not plausible for "
              + test.en()
              + " (between "
              + test.min()
              + " and "
              + test.max()
              + " "
              + test.canonicalUnit()
              + ")");
    }
    return match.getKey();
  }

  String immunization(NewImmunization i) {
    String s = i.status() == null ? "COMPLETED" : i.status().strip().toUpperCase(Locale.ROOT);
    if (!List.of("COMPLETED", "PLANNED").contains(s)) {
      fail("status", "status", "must be completed or planned");
      return "COMPLETED";
    }
    if (i.cvx() != null && !i.cvx().isBlank() && !i.cvx().strip().matches("\\d{1,3}")) {
      fail("cvx", "code", "a CVX code has 1 to 3 digits");
    }
    if (s.equals("COMPLETED")) {
      if (i.date() == null) {
        fail("date", "required", "is required for a vaccination given");
      }
      notFuture("date", i.date());
    }
    return s;
  }

  String[] allergy(NewAllergy a) {
    String type = a.type() == null ? "ALLERGY" : a.type().strip().toUpperCase(Locale.ROOT);
    if (!List.of("ALLERGY", "INTOLERANCE").contains(type)) {
      fail("type", "status", "must be allergy or intolerance");
    }
    String crit =
        a.criticality() == null || a.criticality().isBlank()
            ? "UNABLE_TO_ASSESS"
            : a.criticality().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (!List.of("LOW", "HIGH", "UNABLE_TO_ASSESS").contains(crit)) {
      fail("criticality", "status", "must be low, high or unable-to-assess");
    }
    notFuture("onset", a.onset());
    return new String[] {type, crit};
  }

  String pregnancy(NewPregnancyStatus p) {
    String s =
        p.status() == null ? "" : p.status().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (!List.of("PREGNANT", "NOT_PREGNANT", "UNKNOWN").contains(s)) {
      fail("status", "status", "must be pregnant, not-pregnant or unknown");
    }
    if (p.observedOn() == null) {
      fail("observedOn", "required", "is required");
    }
    notFuture("observedOn", p.observedOn());
    return s;
  }

  void phototype(Integer value) {
    if (value == null || value < 1 || value > 6) {
      fail("phototype", "range", "must be a Fitzpatrick phototype from I to VI (1 to 6)");
    }
  }

  void reason(String reason) {
    text("reason", reason, 500, true);
  }
}
