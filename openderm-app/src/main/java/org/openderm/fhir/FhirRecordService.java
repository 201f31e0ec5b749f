package org.openderm.fhir;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.audit.AuditFilter;
import org.openderm.audit.AuditTrail;
import org.openderm.consent.ConsentService;
import org.openderm.eczema.AssessmentService;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.patient.Capability;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.patient.PatientService;
import org.openderm.photo.PhotoService;
import org.openderm.privacy.Pseudonymizer;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.ClinicalRecordService;
import org.openderm.triage.TriageService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a stored patient record as a FHIR R4 Bundle (audited as an export, {@code E}) from the
 * foundation's patient, consent and audit records, the clinical record (problems, medications,
 * labs, pregnancy status, vaccinations, allergies, phototype), the eczema feature's assessments
 * (Observation) and the photo feature's photos (Media: metadata only, unless the export asks for
 * the pixels), stored lesion triage results as DiagnosticReports.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class FhirRecordService {

  /** The pseudonym purpose of FHIR exports (one key per purpose, DESIGN §5). */
  static final String PSEUDONYM_PURPOSE = "fhir-export";

  private final PatientService patients;
  private final ClinicalRecordService records;
  private final ConsentService consents;
  private final AuditTrail audit;
  private final Pseudonymizer pseudonyms;
  private final FhirService fhir;
  private final AssessmentService assessments;
  private final PhotoService photos;
  private final TriageService triageResults;

  FhirRecordService(
      PatientService patients,
      ClinicalRecordService records,
      ConsentService consents,
      AuditTrail audit,
      Pseudonymizer pseudonyms,
      FhirService fhir,
      AssessmentService assessments,
      PhotoService photos,
      TriageService triageResults) {
    this.triageResults = triageResults;
    this.assessments = assessments;
    this.photos = photos;
    this.patients = patients;
    this.records = records;
    this.consents = consents;
    this.audit = audit;
    this.pseudonyms = pseudonyms;
    this.fhir = fhir;
  }

  /** The record as FHIR R4 JSON, photos as metadata only. */
  @PatientData(
      action = Action.E,
      resource = "fhir-bundle",
      capability = {Capability.EXPORT})
  @Transactional
  public String export(@PatientId UUID patientId, IdentityMode mode) {
    return export(patientId, mode, false);
  }

  /**
   * The record as FHIR R4 JSON; with {@code photoData} each Media carries its sanitised JPEG
   * (decrypted here, so such an export is as sensitive as the photos themselves).
   */
  @PatientData(
      action = Action.E,
      resource = "fhir-bundle",
      capability = {Capability.EXPORT})
  @Transactional
  public String export(@PatientId UUID patientId, IdentityMode mode, boolean photoData) {
    return fhir.exportJson(record(patientId, photoData), mode);
  }

  FhirPatientRecord record(UUID patientId) {
    return record(patientId, false);
  }

  FhirPatientRecord record(UUID patientId, boolean photoData) {
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
    ClinicalRecord clinical = records.record(patientId);
    List<FhirPatientRecord.Problem> problems =
        clinical.problems().stream()
            .map(
                x ->
                    new FhirPatientRecord.Problem(
                        x.id(), x.system(), x.code(), x.display(), x.active(), x.onset()))
            .toList();
    List<FhirPatientRecord.Medication> meds =
        clinical.medications().stream()
            .filter(m -> !m.planned())
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
    return new FhirPatientRecord(
        person,
        problems,
        scores(patientId),
        photos(patientId, photoData),
        consentDecisions,
        meds,
        triage(patientId),
        audits(patientId),
        clinical);
  }

  /** The stored lesion triage results, as DiagnosticReports. */
  private List<FhirPatientRecord.Triage> triage(UUID patientId) {
    return triageResults.results(patientId).stream()
        .map(
            t ->
                new FhirPatientRecord.Triage(
                    stableId(patientId, "triage/" + t.id()),
                    t.at(),
                    t.photoId(),
                    t.model(),
                    t.abstained(),
                    t.referral(),
                    t.probabilities()))
        .toList();
  }

  /** The audit rows about this patient (the newest 1000), as AuditEvents. */
  private List<FhirPatientRecord.Audit> audits(UUID patientId) {
    return audit.search(new AuditFilter(patientId, null, null, null, null, 1000)).stream()
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
  }

  /** The current version of each stored assessment, as an Observation's content. */
  private List<FhirPatientRecord.Score> scores(UUID patientId) {
    return assessments.list(patientId, null).stream()
        .map(
            a ->
                new FhirPatientRecord.Score(
                    a.id(), a.instrument(), a.score(), a.band().name(), a.takenAt()))
        .toList();
  }

  /** The photos' metadata, and their sanitised JPEG only when asked for. */
  private List<FhirPatientRecord.Photo> photos(UUID patientId, boolean photoData) {
    return photos.list(patientId).stream()
        .map(
            ph ->
                new FhirPatientRecord.Photo(
                    ph.id(),
                    ph.takenAt(),
                    ph.bodySite().isEmpty() ? null : ph.bodySite(),
                    "image/jpeg",
                    photoData ? photos.image(patientId, ph.id()) : null))
        .toList();
  }

  private static UUID stableId(UUID patientId, String key) {
    return UUID.nameUUIDFromBytes((patientId + "/" + key).getBytes(StandardCharsets.UTF_8));
  }
}
