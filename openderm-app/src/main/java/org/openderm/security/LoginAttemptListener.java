package org.openderm.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins per existing account (for the lockout) and resets on success. */
@Component
class LoginAttemptListener {

  private final AccountService accounts;

  LoginAttemptListener(AccountService accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    accounts.recordFailure(event.getAuthentication().getName());
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    accounts.recordSuccess(event.getAuthentication().getName());
  }
}
