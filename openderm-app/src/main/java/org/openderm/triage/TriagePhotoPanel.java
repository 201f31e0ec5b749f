package org.openderm.triage;

import java.util.Locale;
import java.util.Map;
import org.openderm.consent.ConsentPolicy;
import org.openderm.consent.Purpose;
import org.openderm.ml.quality.QualityIssue;
import org.openderm.photo.PhotoViewerPanel;
import org.openderm.photo.StoredPhoto;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.springframework.stereotype.Component;

/**
 * The "AI triage" panel of the photo viewer: shown to clinicians only; its button is enabled when
 * the photo's stored verdict lets it through the triage gate ({@link TriageGate}) and the patient
 * has consented to AI analysis, and otherwise says which of the two is missing.
 */
@Component
class TriagePhotoPanel implements PhotoViewerPanel {

  private final ConsentPolicy consent;

  TriagePhotoPanel(ConsentPolicy consent) {
    this.consent = consent;
  }

  @Override
  public String template() {
    return "triage/photo";
  }

  @Override
  public Map<String, Object> model(StoredPhoto photo, Locale locale) {
    if (!CurrentUser.hasRole(Role.CLINICIAN)) {
      return Map.of("triageShown", false);
    }
    boolean gate = TriageGate.allows(photo.issues(), photo.width(), photo.height());
    boolean consented = consent.isGranted(photo.patientId(), Purpose.AI_ANALYSIS);
    // A photo stored under an older, stricter resolution rule keeps that flag in its banner; say
    // why triage still accepts it, so the page does not contradict itself.
    boolean resolutionNote =
        gate && photo.issues().contains(QualityIssue.Code.RESOLUTION_LOW.name());
    return Map.of(
        "triageShown",
        true,
        "triageGateOk",
        gate,
        "triageConsentOk",
        consented,
        "triageResolutionNote",
        resolutionNote);
  }
}
