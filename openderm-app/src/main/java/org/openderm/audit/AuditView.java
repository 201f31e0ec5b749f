package org.openderm.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * An audit row as the page shows it (the patient as the administrator's pseudonym): role, outcome
 * and purpose in the reader's language instead of their stored codes (the codes stay in the
 * database and the API, where the chain covers them).
 */
record AuditView(
    long seq,
    Instant occurredAt,
    String actor,
    String role,
    Action action,
    String resource,
    String patient,
    boolean success,
    String outcome,
    String purpose,
    String clientAddress) {

  static AuditView of(AuditRow r, MessageSource messages, Locale locale) {
    // The stored role is "CLINICIAN/DERMATOLOGIST": role, then specialty when there is one.
    String role =
        r.role() == null
            ? ""
            : Arrays.stream(r.role().split("/"))
                .map(part -> label(messages, locale, part, "role." + part, "specialty." + part))
                .collect(Collectors.joining(" · "));
    return new AuditView(
        r.seq(),
        r.occurredAt(),
        r.actor(),
        role,
        r.action(),
        label(messages, locale, r.resource(), "audit.resource." + r.resource()),
        r.patient(),
        "SUCCESS".equals(r.outcome()),
        label(messages, locale, r.outcome(), "audit.outcome." + r.outcome()),
        label(
            messages, locale, r.purpose(), "audit.purpose." + r.purpose(), "grant." + r.purpose()),
        r.clientAddress());
  }

  /** The first of {@code keys} that has a text, else the code itself (a new code stays visible). */
  private static String label(MessageSource messages, Locale locale, String code, String... keys) {
    if (code == null) {
      return "";
    }
    for (String key : keys) {
      String text = messages.getMessage(key, null, null, locale);
      if (text != null) {
        return text;
      }
    }
    return code;
  }
}
