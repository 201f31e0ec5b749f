package org.openderm.audit;

import java.util.UUID;

/**
 * One access to or change of patient data, before it is chained.
 *
 * @param actor the username, or {@code system}
 * @param role the actor's role (with specialty for clinicians)
 * @param action C, R, U, D or E
 * @param resource what was touched, such as {@code patient}, {@code consent}, {@code photo/<id>}
 * @param patientId whose data, when it is patient data
 * @param outcome SUCCESS, DENIED or FAILED
 * @param purpose why: CARE, BREAK_GLASS, ADMIN, RESEARCH ...
 * @param clientAddress the client's IP address for web requests
 * @param detail a short note without patient data (e.g. the break-glass reason)
 */
public record AuditEntry(
    String actor,
    String role,
    Action action,
    String resource,
    UUID patientId,
    String outcome,
    String purpose,
    String clientAddress,
    String detail) {}
