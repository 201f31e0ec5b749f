package org.openderm.triage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.patient.PatientRecordSection;
import org.openderm.patient.TimelineContributor;
import org.openderm.patient.TimelineEntry;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The patient's AI triage results on the record page and the timeline, abstentions included.
 * Clinicians only: a probability of melanoma is not something to read alone on one's own record,
 * without the clinician who asked for it.
 */
@Component
class TriageSection implements PatientRecordSection, TimelineContributor {

  private final TriageService triage;
  private final MessageSource messages;

  TriageSection(TriageService triage, MessageSource messages) {
    this.triage = triage;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 62;
  }

  @Override
  public String template() {
    return "triage/section";
  }

  @Override
  public Map<String, Object> model(UUID patientId, Locale locale) {
    if (!CurrentUser.hasRole(Role.CLINICIAN)) {
      return Map.of("triageVisible", false, "triageResults", List.of());
    }
    return Map.of("triageVisible", true, "triageResults", triage.results(patientId));
  }

  @Override
  public List<TimelineEntry> entries(UUID patientId, Locale locale) {
    if (!CurrentUser.hasRole(Role.CLINICIAN)) {
      return List.of();
    }
    return triage.results(patientId).stream()
        .map(
            t ->
                new TimelineEntry(
                    t.at(),
                    "triage",
                    text(t, locale),
                    // The stored result itself, not the photo (whose button asks for a new triage).
                    "/patients/" + patientId + "/triage-results/" + t.id()))
        .toList();
  }

  private String text(StoredTriage t, Locale locale) {
    String top = t.topClass();
    if (t.abstained() || top == null) {
      String reason = t.abstainReason() == null ? "low_confidence" : t.abstainReason();
      return messages.getMessage(
          "triage.timeline.abstained",
          new Object[] {messages.getMessage("triage.abstained." + reason, null, reason, locale)},
          locale);
    }
    return messages.getMessage(
        "triage.timeline.result",
        new Object[] {
          messages.getMessage("triage.class." + top, null, top, locale),
          Math.round(100 * t.probabilities().get(top)),
          messages.getMessage("triage.referralShort." + t.referral(), null, "—", locale)
        },
        locale);
  }
}
