package org.openderm.triage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.consent.ConsentPolicy;
import org.openderm.consent.Purpose;
import org.openderm.ml.lesion.ModelFiles;
import org.openderm.patient.Capability;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.photo.PhotoService;
import org.openderm.photo.SanitizedImage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AI triage of a dermoscopic photo for clinicians. Order of checks: access to the patient (the
 * {@code @PatientData} aspect), AI_ANALYSIS consent, the photo feature's sanitiser (a hostile or
 * unreadable file is its 4xx problem), the quality gate ({@link TriageGate}); only then the model.
 * With a patient the result is stored with the model version and audited, abstentions included;
 * without one it is a stateless calculation on an anonymous image and nothing is kept.
 */
@Service
@PreAuthorize("hasRole('CLINICIAN')")
public class TriageService {

  static final String MODEL_NAME = "openderm-lesion-triage";

  private final TriageAnalyser analyser;
  private final ConsentPolicy consent;
  private final PhotoService photos;
  private final TriageStore store;

  TriageService(
      TriageAnalyser analyser, ConsentPolicy consent, PhotoService photos, TriageStore store) {
    this.analyser = analyser;
    this.consent = consent;
    this.photos = photos;
    this.store = store;
  }

  /** Triage of an anonymous image: nothing is stored. */
  public TriageResponse analyse(InputStream image, boolean explain, Locale locale) {
    return analyser.analyse(analyser.quality().sanitize(image), explain, locale);
  }

  /** Triage of an image uploaded for a patient: needs AI_ANALYSIS consent; stored and audited. */
  @PatientData(
      action = Action.C,
      resource = "triage",
      capability = {Capability.AI})
  @Transactional
  public TriageResponse analyseForPatient(
      @PatientId UUID patientId, InputStream image, boolean explain, Locale locale) {
    consent.require(patientId, Purpose.AI_ANALYSIS);
    SanitizedImage clean = analyser.quality().sanitize(image);
    TriageResponse r = analyser.analyse(clean, explain, locale);
    return r.stored(store.insert(patientId, null, ModelFiles.sha256(clean.jpeg()), r), null);
  }

  /**
   * Triage of one of the patient's stored photos: needs AI_ANALYSIS consent (403 DERM-0102), the
   * photo must exist (404 DERM-0208); the stored image goes through the same sanitiser and gate as
   * an upload, with today's thresholds. Stored with the photo id and audited.
   */
  @PatientData(
      action = Action.C,
      resource = "triage",
      capability = {Capability.AI})
  @Transactional
  public TriageResponse analysePhoto(
      @PatientId UUID patientId, UUID photoId, boolean explain, Locale locale) {
    consent.require(patientId, Purpose.AI_ANALYSIS);
    byte[] jpeg = photos.image(patientId, photoId);
    SanitizedImage clean = analyser.quality().sanitize(new ByteArrayInputStream(jpeg));
    TriageResponse r = analyser.analyse(clean, explain, locale);
    return r.stored(store.insert(patientId, photoId, ModelFiles.sha256(jpeg), r), photoId);
  }

  /** The patient's stored triage results, newest first (voided ones left out). */
  @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
  @PatientData(
      action = Action.R,
      resource = "triage",
      capability = {Capability.READ})
  @Transactional
  public List<StoredTriage> results(@PatientId UUID patientId) {
    return store.list(patientId);
  }

  static final String DISCLAIMER =
      "Decision support for clinicians on dermoscopic images of pigmented lesions, trained on"
          + " HAM10000 (mostly fair skin; skin of colour barely represented). Not a diagnosis;"
          + " never replaces the clinician's examination or histopathology.";
}
