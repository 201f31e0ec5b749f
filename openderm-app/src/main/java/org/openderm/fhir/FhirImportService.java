package org.openderm.fhir;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.consent.ConsentRequest;
import org.openderm.consent.ConsentService;
import org.openderm.consent.Purpose;
import org.openderm.patient.Capability;
import org.openderm.patient.NewPatient;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientScoped;
import org.openderm.patient.PatientService;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.ClinicalRecordService;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a FHIR R4 patient Bundle as a new patient, all or nothing: the bundle is validated as a
 * whole first, then the patient, the clinical record and consents are written in one transaction
 * (any failure rolls all of it back). The source system's audit events are not replayed into
 * OpenDerm's chain, and scores, photos and triage results are counted as skipped until their
 * features can store them.
 */
@Service
@PreAuthorize("hasRole('CLINICIAN')")
public class FhirImportService {

  private final FhirService fhir;
  private final PatientService patients;
  private final ClinicalRecordService treatments;
  private final ConsentService consents;
  private final Validator validator;

  FhirImportService(
      FhirService fhir,
      PatientService patients,
      ClinicalRecordService treatments,
      ConsentService consents,
      Validator validator) {
    this.fhir = fhir;
    this.patients = patients;
    this.treatments = treatments;
    this.consents = consents;
    this.validator = validator;
  }

  /**
   * What an import created.
   *
   * @param patientId the new patient
   * @param problems conditions stored
   * @param medications treatments stored
   * @param consents consent decisions stored
   * @param clinical lab results, pregnancy statuses, vaccinations, allergies and phototype stored
   * @param skipped entries read but not stored, by resource type
   */
  public record ImportResult(
      UUID patientId,
      int problems,
      int medications,
      int consents,
      int clinical,
      Map<String, Integer> skipped)
      implements PatientScoped {}

  @PatientData(
      action = Action.C,
      resource = "fhir-import",
      capability = {Capability.WRITE_CLINICAL})
  @Transactional
  public ImportResult importBundle(String json) {
    FhirPatientRecord r = fhir.importJson(json);
    NewPatient identity = identity(r.person());
    validate(r, identity);
    Patient patient = patients.create(identity);
    UUID id = patient.id();
    for (FhirPatientRecord.Problem p : r.problems()) {
      treatments.addProblem(
          id,
          new ClinicalRecord.NewProblem(p.system(), p.code(), p.display(), p.active(), p.onset()));
    }
    for (FhirPatientRecord.Medication m : r.medications()) {
      ClinicalRecord.Medication stored =
          treatments.addMedication(
              id,
              new ClinicalRecord.NewMedication(
                  m.name(), m.atc(), m.dosageText(), m.intervalDays(), null, m.start()));
      if (!m.active()) {
        treatments.stopMedication(id, stored.id(), m.end());
      }
    }
    int clinical = FhirImportedRecord.store(treatments, id, r.clinical());
    for (FhirPatientRecord.ConsentDecision c : r.consents()) {
      consents.record(
          id, new ConsentRequest(Purpose.valueOf(c.purpose()), c.granted(), c.grantee()));
    }
    return new ImportResult(
        id,
        r.problems().size(),
        r.medications().size(),
        r.consents().size(),
        clinical,
        Map.of(
            "Observation", r.scores().size(),
            "Media", r.photos().size(),
            "DiagnosticReport", r.triage().size(),
            "AuditEvent", r.audit().size()));
  }

  /**
   * The whole bundle checked with the same rules as the API's own requests (a 200,000-character
   * name, a birth date in 2999 or an over-long problem text are refused with 400, not stored or
   * failing in the database), before anything is written.
   */
  private void validate(FhirPatientRecord r, NewPatient identity) {
    List<Violation> violations = new ArrayList<>();
    collect(violations, "Patient", identity);
    // The clinical record's own limits, checked here so that the whole bundle is judged at once.
    for (int i = 0; i < r.problems().size(); i++) {
      FhirPatientRecord.Problem p = r.problems().get(i);
      String at = "Condition[" + i + "].";
      text(violations, at + "system", p.system(), 200, false);
      text(violations, at + "code", p.code(), 64, false);
      text(violations, at + "display", p.display(), 300, true);
    }
    for (int i = 0; i < r.medications().size(); i++) {
      FhirPatientRecord.Medication m = r.medications().get(i);
      String at = "MedicationStatement[" + i + "].";
      text(violations, at + "name", m.name(), 200, true);
      text(violations, at + "atc", m.atc(), 16, false);
      text(violations, at + "dosageText", m.dosageText(), 500, false);
    }
    for (int i = 0; i < r.consents().size(); i++) {
      FhirPatientRecord.ConsentDecision c = r.consents().get(i);
      if (c.grantee() != null && c.grantee().length() > 64) {
        violations.add(new Violation("Consent[" + i + "].grantee", "at most 64 characters"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static void text(
      List<Violation> into, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        into.add(new Violation(field, "is required"));
      }
    } else if (value.length() > max) {
      into.add(new Violation(field, "must be at most " + max + " characters"));
    }
  }

  private void collect(List<Violation> into, String prefix, Object value) {
    for (ConstraintViolation<Object> v : validator.validate(value)) {
      into.add(new Violation(prefix + "." + v.getPropertyPath(), v.getMessage()));
    }
  }

  /** The new patient's identity; a pseudonymised bundle cannot create a patient. */
  private static NewPatient identity(FhirPatientRecord.Person p) {
    List<Violation> violations = new ArrayList<>();
    if (blank(p.givenName()) || blank(p.familyName())) {
      violations.add(new Violation("Patient.name", "a given and a family name are required"));
    }
    if (p.birthDate() == null) {
      violations.add(new Violation("Patient.birthDate", "is required"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String sex = p.sex() == null ? "unknown" : p.sex().toLowerCase(Locale.ROOT);
    return new NewPatient(p.givenName(), p.familyName(), p.birthDate(), sex, p.externalId());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
