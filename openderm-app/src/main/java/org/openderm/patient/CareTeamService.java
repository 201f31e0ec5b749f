package org.openderm.patient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.audit.AuditEntry;
import org.openderm.audit.AuditTrail;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.openderm.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinicians who may reach a patient, and break-glass access. */
@Service
public class CareTeamService {

  /** How long break-glass access lasts. */
  public static final Duration BREAK_GLASS_DURATION = Duration.ofHours(12);

  private final JdbcClient jdbc;
  private final AccountService accounts;
  private final IdentityStore identities;
  private final AuditTrail audit;

  CareTeamService(
      JdbcClient jdbc, AccountService accounts, IdentityStore identities, AuditTrail audit) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.identities = identities;
    this.audit = audit;
  }

  @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
  @PatientData(
      action = Action.R,
      resource = "care-team",
      capability = {Capability.READ})
  @Transactional
  public List<CareRelationship> members(@PatientId UUID patientId) {
    return jdbc.sql(
            """
        select c.*, a.display_name from care_relationship c
          join user_account a on a.username = c.username
         where c.patient_id = :p and c.ended_at is null
           and (c.expires_at is null or c.expires_at > now())
         order by c.started_at""")
        .param("p", patientId)
        .query(
            (rs, n) ->
                new CareRelationship(
                    rs.getLong("id"),
                    patientId,
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getString("kind"),
                    rs.getString("reason"),
                    rs.getTimestamp("started_at").toInstant(),
                    rs.getString("started_by"),
                    rs.getTimestamp("expires_at") == null
                        ? null
                        : rs.getTimestamp("expires_at").toInstant()))
        .list();
  }

  /**
   * Adds a clinician to the care team, by a clinician of the care team (a share or break-glass
   * never turns itself into membership: {@link AccessPolicy}); the team as it now is.
   */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(
      action = Action.C,
      resource = "care-team",
      capability = {Capability.MANAGE_CARE_TEAM})
  @Transactional
  public List<CareRelationship> addMember(@PatientId UUID patientId, String username) {
    requireClinician(username);
    insert(patientId, username, "CARE_TEAM", null, null);
    return members(patientId);
  }

  /** Opens or closes the SHARED tie that follows a patient's SHARING consent. */
  @Transactional
  public void setShared(UUID patientId, String clinician, boolean shared) {
    jdbc.sql(
            """
        update care_relationship set ended_at = now(), ended_by = :by
         where patient_id = :p and username = :u and kind = 'SHARED' and ended_at is null""")
        .param("by", CurrentUser.username())
        .param("p", patientId)
        .param("u", clinician)
        .update();
    if (shared) {
      requireClinician(clinician);
      insert(patientId, clinician, "SHARED", null, null);
    }
  }

  /**
   * Emergency access to a patient found by exact external id or record id, with a reason; audited
   * as BREAK_GLASS and limited to {@link #BREAK_GLASS_DURATION}.
   */
  @PreAuthorize("hasRole('CLINICIAN')")
  @Transactional
  public UUID breakGlass(String patientRef, String reason) {
    if (reason == null || reason.strip().length() < 10) {
      throw new InvalidInputException("reason", "state why you need access (10 characters min)");
    }
    requireClinician(CurrentUser.username());
    UUID patientId = resolve(patientRef);
    insert(
        patientId,
        CurrentUser.username(),
        "BREAK_GLASS",
        reason.strip(),
        Instant.now().plus(BREAK_GLASS_DURATION));
    audit.record(
        new AuditEntry(
            CurrentUser.username(),
            CurrentUser.auditRole(),
            Action.E,
            "break-glass",
            patientId,
            "SUCCESS",
            "BREAK_GLASS",
            CurrentUser.clientAddress(),
            reason.strip().length() > 400 ? reason.strip().substring(0, 400) : reason.strip()));
    return patientId;
  }

  private UUID resolve(String ref) {
    String r = ref == null ? "" : ref.strip();
    try {
      UUID id = UUID.fromString(r);
      if (jdbc.sql("select count(*) from patient where id = :p and voided_at is null")
              .param("p", id)
              .query(Long.class)
              .single()
          > 0) {
        return id;
      }
    } catch (IllegalArgumentException notAUuid) {
      // fall through to the external id
    }
    return identities.byExternalId(r).orElseThrow(NoSuchPatientException::new);
  }

  private void requireClinician(String username) {
    var account = accounts.find(username).orElse(null);
    if (account == null || account.role() != Role.CLINICIAN || !account.enabled()) {
      throw new InvalidInputException("username", "must be an active clinician account");
    }
  }

  private void insert(
      UUID patientId, String username, String kind, String reason, Instant expires) {
    jdbc.sql(
            """
        insert into care_relationship (patient_id, username, kind, reason, started_by, expires_at)
        values (:p, :u, :k, :r, :by, :x)""")
        .param("p", patientId)
        .param("u", username)
        .param("k", kind)
        .param("r", reason)
        .param("by", CurrentUser.username())
        .param("x", expires == null ? null : Timestamp.from(expires))
        .update();
  }
}
