package org.openderm.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.openderm.consent.ConsentRequest;
import org.openderm.consent.ConsentService;
import org.openderm.consent.Purpose;
import org.openderm.patient.NewPatient;
import org.openderm.patient.PatientService;
import org.openderm.security.AccountService;
import org.openderm.security.NewAccount;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Creates accounts and patients through the real services, with unique names so that tests can
 * share one database.
 */
@TestComponent
public class Fixtures {

  public static final String PASSWORD = "test-password-123";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private final AccountService accounts;
  private final PatientService patients;
  private final ConsentService consents;

  Fixtures(AccountService accounts, PatientService patients, ConsentService consents) {
    this.accounts = accounts;
    this.patients = patients;
    this.consents = consents;
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6) + COUNTER.incrementAndGet();
  }

  public String clinician(Specialty specialty) {
    String u = unique(specialty == Specialty.GP ? "gp" : "derm");
    accounts.createUnchecked(
        new NewAccount(u, "Dr " + u, PASSWORD, Role.CLINICIAN, specialty, null));
    return u;
  }

  public String account(Role role) {
    String u = unique(role.name().toLowerCase());
    accounts.createUnchecked(new NewAccount(u, u, PASSWORD, role, null, null));
    return u;
  }

  /** A patient registered by {@code clinician}, with a unique family name. */
  public UUID patient(String clinician, String familyName) {
    return as(
        clinician,
        "ROLE_CLINICIAN",
        () ->
            patients
                .create(
                    new NewPatient("Test", familyName, LocalDate.of(1990, 1, 1), "female", null))
                .id());
  }

  /** A patient account for {@code patientId}. */
  public String patientAccount(UUID patientId) {
    String u = unique("pat");
    accounts.createUnchecked(new NewAccount(u, u, PASSWORD, Role.PATIENT, null, patientId));
    return u;
  }

  public void consent(String clinician, UUID patientId, Purpose purpose, boolean granted) {
    as(
        clinician,
        "ROLE_CLINICIAN",
        () -> consents.record(patientId, new ConsentRequest(purpose, granted, null)));
  }

  /** Runs {@code work} signed in as {@code username} with {@code authorities}. */
  public static <T> T as(String username, String authority, java.util.function.Supplier<T> work) {
    var auth =
        new UsernamePasswordAuthenticationToken(
            username, null, List.of(new SimpleGrantedAuthority(authority)));
    SecurityContextHolder.getContext().setAuthentication(auth);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
