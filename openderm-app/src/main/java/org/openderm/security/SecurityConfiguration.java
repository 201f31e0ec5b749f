package org.openderm.security;

import org.openderm.system.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web only (command-line tasks start no web server). Two filter chains: the API (HTTP Basic,
 * stateless, problem+json on 401/403) and the web UI (form login, session, CSRF). Both send CSP,
 * nosniff, frame-ancestors 'none', Referrer-Policy and {@code Cache-Control: no-store}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  static final String CSP =
      "default-src 'self'; img-src 'self' data: blob:; "
          + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**", "/cds-services/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(
            b ->
                b.authenticationEntryPoint(
                    (req, res, e) -> {
                      res.setHeader("WWW-Authenticate", "Basic realm=\"OpenDerm\"");
                      Problems.write(
                          res,
                          401,
                          "DERM-0006",
                          "Unauthenticated",
                          "Valid credentials are required (HTTP Basic).");
                    }))
        .exceptionHandling(
            x ->
                x.accessDeniedHandler(
                    (req, res, e) ->
                        Problems.write(
                            res, 403, "DERM-0005", "Forbidden", "Your role does not allow this.")))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    headers(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, SessionRegistry sessions) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/error")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .defaultSuccessUrl("/", true)
                    .failureUrl("/login?error")
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        // The registry lets disabling an account end its open sessions (AccountService).
        .sessionManagement(
            s ->
                s.sessionFixation(f -> f.changeSessionId())
                    .maximumSessions(-1)
                    .sessionRegistry(sessions)
                    .expiredUrl("/login?ended"));
    headers(http);
    return http.build();
  }

  /**
   * A request the firewall refuses (an encoded slash under /api, say) gets a problem or the error
   * page like any other bad request, not Tomcat's HTML page.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (req, res, e) -> {
      String uri = req.getRequestURI();
      if (uri.startsWith("/api/") || uri.startsWith("/cds-services")) {
        Problems.write(res, 400, "DERM-0002", "Bad request", "The request's address is malformed.");
      } else {
        res.sendError(400);
      }
    };
  }

  /** Encoded slashes reach the firewall above instead of being refused by Tomcat in HTML. */
  @Bean
  TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
    return connector -> connector.setEncodedSolidusHandling("passthrough");
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(
        h ->
            h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(
                    r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(
                    s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
  }
}
