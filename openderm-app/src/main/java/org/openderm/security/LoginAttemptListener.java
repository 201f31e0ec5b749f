package org.openderm.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and client address ({@link LoginThrottle}) and per account
 * (the distributed-guessing lock of {@link AccountService}); a success clears both.
 */
@Component
class LoginAttemptListener {

  private final AccountService accounts;
  private final LoginThrottle throttle;

  LoginAttemptListener(AccountService accounts, LoginThrottle throttle) {
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    String username = event.getAuthentication().getName();
    throttle.failed(username, address(event.getAuthentication()));
    accounts.recordFailure(username);
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    String username = event.getAuthentication().getName();
    throttle.succeeded(username, address(event.getAuthentication()));
    accounts.recordSuccess(username);
  }

  private static String address(Authentication auth) {
    return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
  }
}
