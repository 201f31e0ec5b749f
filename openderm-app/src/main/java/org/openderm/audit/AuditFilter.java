package org.openderm.audit;

import java.time.Instant;
import java.util.UUID;

/** Which audit rows to list: every field is optional; {@code limit} caps the answer. */
public record AuditFilter(
    UUID patientId, String actor, Action action, Instant from, Instant to, int limit) {

  public AuditFilter {
    limit = limit <= 0 ? 200 : Math.min(limit, 5000);
  }
}
