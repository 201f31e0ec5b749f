package org.openderm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.openderm.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a sign-in attempt from an address that must wait before the password is even checked: 429
 * {@code DERM-0011} with {@code Retry-After} on the API, the sign-in page with the wait on the web.
 * Runs before Spring Security so that a waiting attempt is neither checked nor counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String username = attemptedUsername(req);
    if (username != null) {
      Duration wait = throttle.waitFor(username, req.getRemoteAddr());
      if (!wait.isZero()) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        long minutes = (seconds + 59) / 60;
        res.setHeader("Retry-After", Long.toString(seconds));
        if ("POST".equals(req.getMethod()) && "/login".equals(req.getRequestURI())) {
          res.sendRedirect("/login?wait=" + minutes);
        } else {
          Problems.write(
              res,
              429,
              "DERM-0011",
              "Too many failed sign-ins",
              "Too many failed sign-ins from this address: try again in "
                  + minutes
                  + (minutes == 1 ? " minute." : " minutes."));
        }
        return;
      }
    }
    chain.doFilter(req, res);
  }

  /** The username a request tries to sign in with: the login form's, or HTTP Basic's. */
  static String attemptedUsername(HttpServletRequest req) {
    if ("POST".equals(req.getMethod()) && "/login".equals(req.getRequestURI())) {
      String u = req.getParameter("username");
      return u == null ? "" : u.strip();
    }
    String header = req.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
    }
    return null;
  }
}
