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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: creation by an administrator, language preference, and the failed-login counter
 * behind the lockout.
 *
 * <p>Lockout backs off exponentially: after {@value #FREE_ATTEMPTS} failures in a row the account
 * is locked for one minute, then two, four ... up to an hour; a successful login resets it.
 */
@Service
public class AccountService {

  static final int FREE_ATTEMPTS = 5;
  private static final Duration MAX_LOCK = Duration.ofHours(1);
  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;

  AccountService(JdbcClient jdbc, PasswordEncoder encoder) {
    this.jdbc = jdbc;
    this.encoder = encoder;
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
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void unlock(String username) {
    recordSuccess(username);
  }

  @Transactional
  void recordFailure(String username) {
    Integer failures =
        jdbc.sql(
                """
        update user_account set failed_attempts = failed_attempts + 1
         where username = :u returning failed_attempts""")
            .param("u", username)
            .query(Integer.class)
            .optional()
            .orElse(null);
    if (failures != null && failures >= FREE_ATTEMPTS) {
      Duration lock = lockFor(failures);
      jdbc.sql("update user_account set locked_until = :t where username = :u")
          .param("t", Timestamp.from(Instant.now().plus(lock)))
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

  static Duration lockFor(int failures) {
    int doublings = Math.min(failures - FREE_ATTEMPTS, 6);
    Duration d = Duration.ofMinutes(1L << doublings);
    return d.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : d;
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
