package org.openderm.patient;

import java.util.List;
import java.util.UUID;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may reach which patient (DESIGN §5): a patient their own record; a clinician through an
 * active care relationship (creator, care team, shared by the patient, or unexpired break-glass);
 * nobody else. Voided patients are reachable by nobody.
 */
@Component
public class PatientAccessPolicy {

  private final JdbcClient jdbc;
  private final AccountService accounts;

  PatientAccessPolicy(JdbcClient jdbc, AccountService accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  /** The current user's grant on {@code patientId}. */
  public AccessGrant grant(UUID patientId) {
    return grant(CurrentUser.username(), patientId);
  }

  /** The grant of {@code username} on {@code patientId}. */
  public AccessGrant grant(String username, UUID patientId) {
    var account = accounts.find(username).orElse(null);
    // A disabled account reaches nothing, even from a session opened before it was disabled.
    if (account == null || !account.enabled() || !exists(patientId)) {
      return AccessGrant.NONE;
    }
    if (account.role() == Role.PATIENT) {
      return patientId.equals(account.patientId()) ? AccessGrant.OWN_RECORD : AccessGrant.NONE;
    }
    if (account.role() != Role.CLINICIAN) {
      return AccessGrant.NONE;
    }
    List<String> kinds =
        jdbc.sql(
                """
        select kind from care_relationship
         where username = :u and patient_id = :p and ended_at is null
           and (expires_at is null or expires_at > now())""")
            .param("u", username)
            .param("p", patientId)
            .query(String.class)
            .list();
    if (kinds.contains("CREATOR") || kinds.contains("CARE_TEAM")) {
      return AccessGrant.CARE;
    }
    if (kinds.contains("SHARED")) {
      return AccessGrant.SHARED;
    }
    return kinds.contains("BREAK_GLASS") ? AccessGrant.BREAK_GLASS : AccessGrant.NONE;
  }

  /** The patients {@code username} may currently reach. */
  public List<UUID> reachable(String username) {
    var account = accounts.find(username).orElse(null);
    if (account == null || !account.enabled()) {
      return List.of();
    }
    if (account.role() == Role.PATIENT) {
      return account.patientId() == null ? List.of() : List.of(account.patientId());
    }
    return jdbc.sql(
            """
        select distinct c.patient_id from care_relationship c join patient p on p.id = c.patient_id
         where c.username = :u and c.ended_at is null and p.voided_at is null
           and (c.expires_at is null or c.expires_at > now())""")
        .param("u", username)
        .query(UUID.class)
        .list();
  }

  private boolean exists(UUID patientId) {
    return jdbc.sql("select count(*) from patient where id = :p and voided_at is null")
            .param("p", patientId)
            .query(Long.class)
            .single()
        > 0;
  }
}
