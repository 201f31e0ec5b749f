package org.openderm.security;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: accounts, for administrators. */
@RestController
class AccountApiController {

  private final AccountService accounts;

  AccountApiController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/api/v1/users")
  List<AccountView> list() {
    return accounts.list().stream().map(AccountView::of).toList();
  }

  @PostMapping("/api/v1/users")
  ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount body) {
    return ResponseEntity.status(201).body(AccountView.of(accounts.create(body)));
  }

  /**
   * An account as the administrator sees it: whether a patient account is linked to a record, not
   * to which one (the administrator never handles clinical content).
   */
  record AccountView(
      String username,
      String displayName,
      Role role,
      Specialty specialty,
      boolean linkedToRecord,
      String locale,
      boolean enabled,
      int failedAttempts,
      java.time.Instant lockedUntil) {

    static AccountView of(Account a) {
      return new AccountView(
          a.username(),
          a.displayName(),
          a.role(),
          a.specialty(),
          a.patientId() != null,
          a.locale(),
          a.enabled(),
          a.failedAttempts(),
          a.lockedUntil());
    }
  }
}
