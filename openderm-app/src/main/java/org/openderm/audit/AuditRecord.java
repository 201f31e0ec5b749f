package org.openderm.audit;

import java.time.Instant;
import java.util.UUID;

/** A chained audit row as stored. */
public record AuditRecord(
    long seq,
    Instant occurredAt,
    String actor,
    String role,
    Action action,
    String resource,
    UUID patientId,
    String outcome,
    String purpose,
    String clientAddress,
    String detail,
    String prevHash,
    String hash) {

  /** The canonical text the chain's HMAC covers: every field, in a fixed order. */
  String canonical() {
    return String.join(
        "\u001f",
        Long.toString(seq),
        occurredAt.toString(),
        actor,
        role,
        action.name(),
        resource,
        String.valueOf(patientId),
        outcome,
        purpose,
        String.valueOf(clientAddress),
        String.valueOf(detail),
        prevHash);
  }
}
