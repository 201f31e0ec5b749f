package org.openderm.patient;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.audit.AuditEntry;
import org.openderm.audit.AuditTrail;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, reading, finding, correcting and voiding patients. */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class PatientService {

  private final JdbcClient jdbc;
  private final IdentityStore identities;
  private final PatientAccessPolicy policy;
  private final AuditTrail audit;
  private final AccountService accounts;

  PatientService(
      JdbcClient jdbc,
      IdentityStore identities,
      PatientAccessPolicy policy,
      AuditTrail audit,
      AccountService accounts) {
    this.jdbc = jdbc;
    this.identities = identities;
    this.policy = policy;
    this.audit = audit;
    this.accounts = accounts;
  }

  /**
   * Links the unlinked patient account {@code username} to this record: the clinician confirms the
   * account is this patient's (an administrator creates accounts but never links them).
   */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(
      action = Action.U,
      resource = "patient-account",
      capability = Capability.EDIT_IDENTITY)
  @Transactional
  public void linkAccount(@PatientId UUID id, String username) {
    accounts.linkPatient(username, id);
  }

  /** Registers a patient; the registering clinician gets a care relationship. */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(
      action = Action.C,
      resource = "patient",
      capability = {Capability.WRITE_CLINICAL})
  @Transactional
  public Patient create(NewPatient p) {
    UUID id = UUID.randomUUID();
    String by = CurrentUser.username();
    jdbc.sql("insert into patient (id, sex, created_by) values (:id, :sex, :by)")
        .param("id", id)
        .param("sex", p.sex())
        .param("by", by)
        .update();
    identities.write(id, 1, p, by);
    jdbc.sql(
            """
        insert into care_relationship (patient_id, username, kind, started_by)
        values (:p, :u, 'CREATOR', :u)""")
        .param("p", id)
        .param("u", by)
        .update();
    return load(id);
  }

  @PatientData(
      action = Action.R,
      resource = "patient",
      capability = {Capability.READ})
  @Transactional
  public Patient get(@PatientId UUID id) {
    return load(id);
  }

  /** Corrects a patient's identity: a new identity version, the old one kept. */
  @PatientData(
      action = Action.U,
      resource = "patient",
      capability = {Capability.EDIT_IDENTITY})
  @Transactional
  public Patient update(@PatientId UUID id, NewPatient p) {
    int version =
        jdbc.sql(
                "update patient set version = version + 1, sex = :sex where id = :id "
                    + "returning version")
            .param("sex", p.sex())
            .param("id", id)
            .query(Integer.class)
            .single();
    identities.write(id, version, p, CurrentUser.username());
    return load(id);
  }

  /** Voids a patient record (registered in error): hidden from everyone, never deleted. */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(
      action = Action.D,
      resource = "patient",
      capability = {Capability.VOID_RECORD})
  @Transactional
  public void voidPatient(@PatientId UUID id, String reason) {
    jdbc.sql(
            "update patient set voided_at = now(), voided_by = :by, void_reason = :r where id = :id")
        .param("by", CurrentUser.username())
        .param("r", reason)
        .param("id", id)
        .update();
  }

  /**
   * The patients the current user may reach whose name or external id contains {@code query}
   * (accents and case ignored); every patient listed is audited as read.
   */
  @Transactional
  public List<Patient> search(String query) {
    String needle = fold(query == null ? "" : query);
    List<Patient> found = new ArrayList<>();
    for (UUID id : policy.reachable(CurrentUser.username())) {
      Patient p = load(id);
      String hay =
          fold(
              p.givenName()
                  + " "
                  + p.familyName()
                  + " "
                  + p.familyName()
                  + " "
                  + p.givenName()
                  + " "
                  + (p.externalId() == null ? "" : p.externalId()));
      if (hay.contains(needle)) {
        found.add(p);
      }
    }
    found.sort(
        Comparator.comparing(Patient::familyName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Patient::givenName, String.CASE_INSENSITIVE_ORDER));
    // A list view is one operation: one row, without naming the patients listed (each record
    // opened from it is audited on its own).
    audit.record(
        new AuditEntry(
            CurrentUser.username(),
            CurrentUser.auditRole(),
            Action.R,
            "patient-list",
            null,
            "SUCCESS",
            "CARE",
            CurrentUser.clientAddress(),
            found.size() + " listed"));
    return found;
  }

  Patient load(UUID id) {
    var header =
        jdbc.sql(
                "select sex, created_at, created_by, version from patient "
                    + "where id = :id and voided_at is null")
            .param("id", id)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4)
                    })
            .optional()
            .orElseThrow(NoSuchPatientException::new);
    var identity = identities.latest(id).orElseThrow(NoSuchPatientException::new);
    return new Patient(
        id,
        identity.givenName(),
        identity.familyName(),
        identity.birthDate(),
        (String) header[0],
        identity.externalId(),
        (java.time.Instant) header[1],
        (String) header[2],
        (Integer) header[3]);
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
