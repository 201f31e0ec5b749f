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
  List<Account> list() {
    return accounts.list();
  }

  @PostMapping("/api/v1/users")
  ResponseEntity<Account> create(@Valid @RequestBody NewAccount body) {
    return ResponseEntity.status(201).body(accounts.create(body));
  }
}
