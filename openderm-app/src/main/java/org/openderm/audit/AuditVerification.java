package org.openderm.audit;

/**
 * The result of checking the audit chain.
 *
 * @param valid whether every row and the head check out
 * @param entries how many rows were read
 * @param firstInvalid the sequence number where the chain first breaks (an altered, inserted or
 *     deleted row), or null when valid
 * @param reason why that row is invalid
 */
public record AuditVerification(boolean valid, long entries, Long firstInvalid, String reason) {}
