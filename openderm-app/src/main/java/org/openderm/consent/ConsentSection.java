package org.openderm.consent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.patient.PatientRecordSection;
import org.openderm.patient.TimelineContributor;
import org.openderm.patient.TimelineEntry;
import org.openderm.security.AccountService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The consents panel on the record page, and consent decisions on the timeline. */
@Component
class ConsentSection implements PatientRecordSection, TimelineContributor {

  private final ConsentService consents;
  private final MessageSource messages;
  private final AccountService accounts;

  ConsentSection(ConsentService consents, MessageSource messages, AccountService accounts) {
    this.consents = consents;
    this.accounts = accounts;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String template() {
    return "consent/panel";
  }

  @Override
  public Map<String, Object> model(UUID patientId, Locale locale) {
    List<ConsentDecision> history = consents.history(patientId);
    Map<String, ConsentDecision> state = new HashMap<>();
    List<ConsentDecision> shares = new ArrayList<>();
    var seen = new java.util.HashSet<String>();
    for (ConsentDecision d : history) {
      if (seen.add(d.purpose() + "/" + d.grantee())) {
        if (d.purpose() == Purpose.SHARING) {
          if (d.granted()) {
            shares.add(d);
          }
        } else {
          state.put(d.purpose().name(), d);
        }
      }
    }
    // The sharing list names each grantee by display name (a username when the account is gone).
    Map<String, String> clinicianNames = new HashMap<>();
    accounts.clinicians().forEach(a -> clinicianNames.put(a.username(), a.displayName()));
    return Map.of(
        "clinicianNames",
        clinicianNames,
        "purposes",
        Purpose.values(),
        "consentState",
        state,
        "shares",
        shares,
        "consentHistory",
        history);
  }

  @Override
  public List<TimelineEntry> entries(UUID patientId, Locale locale) {
    return consents.history(patientId).stream()
        .map(
            d ->
                new TimelineEntry(
                    d.recordedAt(),
                    "consent",
                    messages.getMessage("consent.purpose." + d.purpose().name(), null, locale)
                        + (d.grantee().isEmpty() ? "" : " → " + d.grantee())
                        + " : "
                        + messages.getMessage(
                            d.granted() ? "consent.granted" : "consent.notGranted", null, locale),
                    null))
        .toList();
  }
}
