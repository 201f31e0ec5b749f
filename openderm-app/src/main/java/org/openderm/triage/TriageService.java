package org.openderm.triage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.openderm.system.NotFoundException;
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

  /**
   * A stored result, reopened: its probabilities, risk and referral exactly as stored. The heat
   * map, outline and measurements (not stored: they are pictures of the lesion) are drawn again
   * from the stored photo when the same model weights are still installed and the AI_ANALYSIS
   * consent still holds; otherwise the stored numbers are shown alone. Nothing new is stored.
   */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(action = Action.R, resource = "triage")
  @Transactional
  public Reopened reopen(@PatientId UUID patientId, long resultId, Locale locale) {
    String sha =
        store
            .modelSha(patientId, resultId)
            .orElseThrow(() -> new NotFoundException("DERM-0302", "No such triage result"));
    StoredTriage t =
        store.list(patientId).stream().filter(r -> r.id() == resultId).findFirst().orElseThrow();
    TriageResponse again = null;
    if (t.photoId() != null && consent.isGranted(patientId, Purpose.AI_ANALYSIS)) {
      byte[] jpeg = photos.image(patientId, t.photoId());
      TriageResponse redrawn =
          analyser.analyse(
              analyser.quality().sanitize(new ByteArrayInputStream(jpeg)), true, locale);
      again = redrawn.model().sha256().equals(sha) ? redrawn : null;
    }
    List<TriageResponse.Prediction> predictions =
        t.probabilities().entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(e -> new TriageResponse.Prediction(e.getKey(), e.getKey(), e.getValue()))
            .toList();
    String[] model = t.model().split(" ", 2);
    TriageResponse view =
        new TriageResponse(
            again == null
                ? new TriageResponse.Quality(true, List.of(), List.of(), null)
                : again.quality(),
            t.abstained(),
            t.abstainReason(),
            predictions,
            t.malignancyRisk(),
            t.referral(),
            new TriageResponse.ModelInfo(model[0], model.length > 1 ? model[1] : "", sha),
            again == null ? null : again.heatmapPng(),
            t.id(),
            t.photoId(),
            DISCLAIMER,
            again == null ? null : again.lesion(),
            again == null ? null : again.outlinePng());
    return new Reopened(view, t.at(), t.createdBy(), again != null);
  }

  /**
   * A reopened result.
   *
   * @param result the stored numbers, with the pictures when they could be redrawn
   * @param at when it was computed
   * @param by who asked for it
   * @param redrawn whether the heat map and outline were drawn again
   */
  public record Reopened(TriageResponse result, java.time.Instant at, String by, boolean redrawn) {}

  static final String DISCLAIMER =
      "Decision support for clinicians on dermoscopic images of pigmented lesions, trained on"
          + " HAM10000 (mostly fair skin; skin of colour barely represented). Not a diagnosis;"
          + " never replaces the clinician's examination or histopathology.";
}
