package org.openderm.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openderm.system.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: creation by an administrator, language preference, and the failed-login counter
 * behind the lockout.
 *
 * <p>Sign-in attempts are throttled per username and client address ({@link LoginThrottle}); the
 * account itself is locked only against distributed guessing: after {@value #FREE_ATTEMPTS}
 * failures in a row from any addresses, for {@link #DISTRIBUTED_LOCK}. Attempts during a lock do
 * not extend it; a successful sign-in resets the count.
 */
@Service
public class AccountService {

  static final int FREE_ATTEMPTS = 50;
  static final Duration DISTRIBUTED_LOCK = Duration.ofMinutes(15);
  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final ObjectProvider<SessionRegistry> sessions;

  AccountService(
      JdbcClient jdbc, PasswordEncoder encoder, ObjectProvider<SessionRegistry> sessions) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.sessions = sessions;
  }

  /**
   * Creates an account, by an administrator. A patient account is created unlinked: the
   * administrator manages accounts, never clinical content, so only a clinician of the patient
   * links it to a record ({@link #linkPatient}).
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public Account create(NewAccount a) {
    if (a.role() == Role.PATIENT) {
      if (a.patientId() != null) {
        throw new InvalidInputException(
            "patientId",
            "an administrator cannot link an account to a record: a clinician of the patient"
                + " links it (POST /api/v1/patients/{id}/account)");
      }
      return insert(a);
    }
    return createUnchecked(a);
  }

  /**
   * Links the unlinked patient account {@code username} to {@code patientId}; the caller (a
   * clinician with access, checked by the patient feature) confirms it is this patient's. Refused
   * when the patient already has an account.
   */
  @Transactional
  public void linkPatient(String username, UUID patientId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(cast(:p as text)))")
        .param("p", patientId)
        .query()
        .singleValue();
    Account a = find(username).orElse(null);
    if (a == null || a.role() != Role.PATIENT || !a.enabled() || a.patientId() != null) {
      throw new InvalidInputException("username", "must be an active, unlinked patient account");
    }
    if (accountOf(patientId).isPresent()) {
      throw new InvalidInputException("username", "this patient already has an account");
    }
    jdbc.sql("update user_account set patient_id = :p where username = :u and patient_id is null")
        .param("p", patientId)
        .param("u", username)
        .update();
  }

  /** The account of patient {@code patientId}, if she has one. */
  public Optional<Account> accountOf(UUID patientId) {
    return jdbc.sql("select * from user_account where patient_id = :p limit 1")
        .param("p", patientId)
        .query(AccountService::map)
        .optional();
  }

  /** Creates an account without an administrator (demo seeding, first start). */
  @Transactional
  public Account createUnchecked(NewAccount a) {
    if (a.role() == Role.CLINICIAN && a.specialty() == null) {
      throw new InvalidInputException(
          "specialty", "required for a clinician (GP or DERMATOLOGIST)");
    }
    if (a.role() == Role.PATIENT && a.patientId() == null) {
      throw new InvalidInputException("patientId", "required for a patient account");
    }
    return insert(a);
  }

  private Account insert(NewAccount a) {
    if (find(a.username()).isPresent()) {
      throw new InvalidInputException("username", "is already taken");
    }
    jdbc.sql(
            """
        insert into user_account (username, password_hash, display_name, role, specialty, patient_id)
        values (:u, :h, :d, :r, :s, :p)""")
        .param("u", a.username())
        .param("h", encoder.encode(a.password()))
        .param("d", a.displayName())
        .param("r", a.role().name())
        .param("s", a.role() == Role.CLINICIAN ? a.specialty().name() : null)
        .param("p", a.patientId())
        .update();
    return find(a.username()).orElseThrow();
  }

  public Optional<Account> find(String username) {
    return jdbc.sql("select * from user_account where username = :u")
        .param("u", username)
        .query(AccountService::map)
        .optional();
  }

  Optional<String> passwordHash(String username) {
    return jdbc.sql("select password_hash from user_account where username = :u")
        .param("u", username)
        .query(String.class)
        .optional();
  }

  @PreAuthorize("hasRole('ADMIN')")
  public List<Account> list() {
    return jdbc.sql("select * from user_account order by role, username")
        .query(AccountService::map)
        .list();
  }

  /** Clinicians a patient's record may be shared with. */
  public List<Account> clinicians() {
    return jdbc.sql(
            "select * from user_account where role = 'CLINICIAN' and enabled "
                + "order by display_name")
        .query(AccountService::map)
        .list();
  }

  @Transactional
  public void setLocale(String username, String locale) {
    jdbc.sql("update user_account set locale = :l where username = :u")
        .param("l", locale)
        .param("u", username)
        .update();
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void setEnabled(String username, boolean enabled) {
    jdbc.sql("update user_account set enabled = :e where username = :u")
        .param("e", enabled)
        .param("u", username)
        .update();
    if (!enabled) {
      endSessions(username);
    }
  }

  /**
   * Ends every open web session of {@code username} (disabled account, changed role): the next
   * request of such a session signs in again. API calls carry credentials each time.
   */
  public void endSessions(String username) {
    SessionRegistry registry = sessions.getIfAvailable();
    if (registry == null) {
      return;
    }
    for (Object principal : registry.getAllPrincipals()) {
      String name =
          principal instanceof UserDetails u ? u.getUsername() : String.valueOf(principal);
      if (name.equals(username)) {
        registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
      }
    }
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void unlock(String username) {
    recordSuccess(username);
  }

  @Transactional
  void recordFailure(String username) {
    // Not counted while locked: an attacker must not be able to keep the lock going.
    Integer failures =
        jdbc.sql(
                """
        update user_account set failed_attempts = failed_attempts + 1
         where username = :u and (locked_until is null or locked_until <= now())
        returning failed_attempts""")
            .param("u", username)
            .query(Integer.class)
            .optional()
            .orElse(null);
    if (failures != null && failures >= FREE_ATTEMPTS) {
      jdbc.sql("update user_account set locked_until = :t, failed_attempts = 0 where username = :u")
          .param("t", Timestamp.from(Instant.now().plus(DISTRIBUTED_LOCK)))
          .param("u", username)
          .update();
    }
  }

  @Transactional
  void recordSuccess(String username) {
    jdbc.sql(
            "update user_account set failed_attempts = 0, locked_until = null "
                + "where username = :u and (failed_attempts > 0 or locked_until is not null)")
        .param("u", username)
        .update();
  }

  private static Account map(ResultSet rs, int n) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    String specialty = rs.getString("specialty");
    return new Account(
        rs.getString("username"),
        rs.getString("display_name"),
        Role.valueOf(rs.getString("role")),
        specialty == null ? null : Specialty.valueOf(specialty),
        rs.getObject("patient_id", UUID.class),
        rs.getString("locale"),
        rs.getBoolean("enabled"),
        rs.getInt("failed_attempts"),
        locked == null ? null : locked.toInstant());
  }
}
