package org.openderm.audit;

import java.time.Instant;

/**
 * An audit row as the administrator sees it: the patient as a keyed pseudonym (the same patient,
 * the same pseudonym, so a complaint can still be followed), never the record's id.
 */
public record AuditRow(
    long seq,
    Instant occurredAt,
    String actor,
    String role,
    Action action,
    String resource,
    String patient,
    String outcome,
    String purpose,
    String clientAddress,
    String detail,
    String hash) {}
