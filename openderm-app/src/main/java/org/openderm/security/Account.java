package org.openderm.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A user account, without its password hash.
 *
 * @param patientId for a PATIENT account, the patient it is; otherwise null
 * @param locale the UI language the user chose ({@code fr} or {@code en})
 * @param lockedUntil set after repeated failed logins; null when not locked
 */
public record Account(
    String username,
    String displayName,
    Role role,
    Specialty specialty,
    UUID patientId,
    String locale,
    boolean enabled,
    int failedAttempts,
    Instant lockedUntil) {

  /** The role as shown in audit rows: {@code CLINICIAN/GP}, {@code PATIENT} ... */
  public String auditRole() {
    return specialty == null ? role.name() : role.name() + "/" + specialty.name();
  }
}
