package org.openderm.fhir;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.audit.AuditFilter;
import org.openderm.audit.AuditTrail;
import org.openderm.consent.ConsentService;
import org.openderm.decision.TreatmentService;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.patient.PatientService;
import org.openderm.privacy.Pseudonymizer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a stored patient record as a FHIR R4 Bundle (audited as an export, {@code E}) from the
 * foundation's patient, consent and audit records and the decision feature's problems and
 * treatments. Scores, photos and triage results join the bundle once their features store them.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class FhirRecordService {

  /** The pseudonym purpose of FHIR exports (one key per purpose, DESIGN §5). */
  static final String PSEUDONYM_PURPOSE = "fhir-export";

  private final PatientService patients;
  private final TreatmentService treatments;
  private final ConsentService consents;
  private final AuditTrail audit;
  private final Pseudonymizer pseudonyms;
  private final FhirService fhir;

  FhirRecordService(
      PatientService patients,
      TreatmentService treatments,
      ConsentService consents,
      AuditTrail audit,
      Pseudonymizer pseudonyms,
      FhirService fhir) {
    this.patients = patients;
    this.treatments = treatments;
    this.consents = consents;
    this.audit = audit;
    this.pseudonyms = pseudonyms;
    this.fhir = fhir;
  }

  @PatientData(action = Action.E, resource = "fhir-bundle")
  @Transactional
  public String export(@PatientId UUID patientId, IdentityMode mode) {
    return fhir.exportJson(record(patientId), mode);
  }

  FhirPatientRecord record(UUID patientId) {
    Patient p = patients.get(patientId);
    FhirPatientRecord.Person person =
        new FhirPatientRecord.Person(
            p.id(),
            pseudonyms.pseudonym(PSEUDONYM_PURPOSE, p.id()),
            p.givenName(),
            p.familyName(),
            p.birthDate(),
            p.sex() == null ? null : p.sex().toUpperCase(Locale.ROOT),
            p.externalId());
    List<FhirPatientRecord.Problem> problems =
        treatments.problems(patientId).stream()
            .map(
                x ->
                    new FhirPatientRecord.Problem(
                        x.id(), x.system(), x.code(), x.display(), x.active(), x.onset()))
            .toList();
    List<FhirPatientRecord.Medication> meds =
        treatments.medications(patientId).stream()
            .map(
                m ->
                    new FhirPatientRecord.Medication(
                        m.id(),
                        m.name(),
                        m.atc(),
                        m.dosageText(),
                        m.intervalDays(),
                        m.start(),
                        m.end(),
                        m.active()))
            .toList();
    List<FhirPatientRecord.ConsentDecision> consentDecisions =
        consents.history(patientId).stream()
            .map(
                c ->
                    new FhirPatientRecord.ConsentDecision(
                        stableId(patientId, c.purpose() + "/" + c.grantee() + "/" + c.version()),
                        c.purpose().name(),
                        c.granted(),
                        c.grantee() == null || c.grantee().isEmpty() ? null : c.grantee(),
                        c.recordedAt()))
            .toList();
    List<FhirPatientRecord.Audit> audits =
        audit.search(new AuditFilter(patientId, null, null, null, null, 1000)).stream()
            .map(
                a ->
                    new FhirPatientRecord.Audit(
                        stableId(patientId, "audit/" + a.seq()),
                        a.occurredAt(),
                        a.actor(),
                        a.role(),
                        a.action().name(),
                        a.resource(),
                        "SUCCESS".equals(a.outcome()),
                        a.purpose()))
            .toList();
    return new FhirPatientRecord(
        person, problems, List.of(), List.of(), consentDecisions, meds, List.of(), audits);
  }

  private static UUID stableId(UUID patientId, String key) {
    return UUID.nameUUIDFromBytes((patientId + "/" + key).getBytes(StandardCharsets.UTF_8));
  }
}
