package org.openderm.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for Spring Security, with {@code ROLE_*} and {@code SPECIALTY_*} authorities. */
@Component
class AccountUserDetailsService implements UserDetailsService {

  private final AccountService accounts;

  AccountUserDetailsService(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Account a = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    String hash = accounts.passwordHash(username).orElseThrow();
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + a.role().name()));
    if (a.specialty() != null) {
      authorities.add(new SimpleGrantedAuthority("SPECIALTY_" + a.specialty().name()));
    }
    boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now());
    return User.withUsername(a.username())
        .password(hash)
        .authorities(authorities)
        .disabled(!a.enabled())
        .accountLocked(locked)
        .build();
  }
}
