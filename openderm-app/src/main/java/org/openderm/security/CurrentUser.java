package org.openderm.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting now, from the security context, and from where. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The authenticated username, or {@code system} outside a request (CLI, scheduled jobs). */
  public static String username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
  }

  /** The role for audit rows, e.g. {@code CLINICIAN/DERMATOLOGIST}. */
  public static String auditRole() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return "SYSTEM";
    }
    String role = "ANONYMOUS";
    String specialty = null;
    for (GrantedAuthority a : auth.getAuthorities()) {
      String name = a.getAuthority();
      if (name.startsWith("ROLE_")) {
        role = name.substring(5);
      } else if (name.startsWith("SPECIALTY_")) {
        specialty = name.substring(10);
      }
    }
    return specialty == null ? role : role + "/" + specialty;
  }

  /** Whether the current user has {@code role}. */
  public static boolean hasRole(Role role) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
  }

  /** The client's address for the current web request, if any. */
  public static String clientAddress() {
    return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
        .filter(ServletRequestAttributes.class::isInstance)
        .map(a -> ((ServletRequestAttributes) a).getRequest().getRemoteAddr())
        .orElse(null);
  }
}
