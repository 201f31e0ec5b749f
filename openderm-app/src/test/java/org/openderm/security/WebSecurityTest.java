package org.openderm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.openderm.support.Api;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Lockout with backoff, no user enumeration, security headers, actuator surface. */
class WebSecurityTest extends IntegrationTest {

  @Autowired AccountService accounts;

  @Test
  void repeatedFailuresMakeThisAddressWaitWithoutExtendingTheWait() {
    String user = fixtures.account(Role.LEARNER);
    Api wrong = new Api(port, user, "not-the-password");
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      assertThat(wrong.get("/api/v1/users").status()).isEqualTo(401);
    }
    // The account itself is not locked: someone else's wrong passwords cannot keep its owner out.
    assertThat(accounts.find(user).orElseThrow().lockedUntil()).isNull();
    // From this address even the right password waits, with the same answer as a wrong one and a
    // clear wait time; attempts during the wait do not extend it.
    Api right = api(user);
    var waiting = right.get("/api/v1/users");
    assertThat(waiting.status()).isEqualTo(429);
    assertThat(waiting.code()).isEqualTo("DERM-0011");
    long first = Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow());
    assertThat(first).isBetween(1L, 60L);
    for (int i = 0; i < 10; i++) {
      assertThat(wrong.get("/api/v1/users").status()).isEqualTo(429);
    }
    var again = right.get("/api/v1/users");
    assertThat(again.body()).isEqualTo(waiting.body());
    assertThat(Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow()))
        .isLessThanOrEqualTo(first);
    assertThat(LoginThrottle.waitAfter(5)).hasMinutes(1);
    assertThat(LoginThrottle.waitAfter(6)).hasMinutes(2);
    assertThat(LoginThrottle.waitAfter(30)).hasHours(1);
  }

  @Test
  void unknownUserAndWrongPasswordLookTheSame() {
    String user = fixtures.account(Role.LEARNER);
    var unknown =
        new Api(port, Fixtures.unique("nobody"), "whatever-password").get("/api/v1/users");
    var wrong = new Api(port, user, "whatever-password").get("/api/v1/users");
    assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertThat(unknown.code()).isEqualTo("DERM-0006");
  }

  @Test
  void pagesCarrySecurityHeaders() {
    var login = api(null).get("/login");
    assertThat(login.status()).isEqualTo(200);
    var h = login.headers();
    assertThat(h.firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(h.firstValue("Cache-Control").orElse("")).contains("no-store");
  }

  @Test
  void patientApiAnswersAreNotCached() {
    String c = fixtures.clinician(Specialty.GP);
    var id = fixtures.patient(c, Fixtures.unique("Cache"));
    var r = api(c).get("/api/v1/patients/" + id);
    assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
  }

  @Test
  void actuatorExposesHealthOnly() {
    assertThat(api(null).get("/actuator/health").status()).isEqualTo(200);
    String admin = fixtures.account(Role.ADMIN);
    for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
      var r = api(null).send(new Api(port, admin, Fixtures.PASSWORD).builder(path).GET());
      assertThat(r.status()).as(path).isIn(302, 401, 403, 404);
    }
  }

  @Test
  void uiFormsRequireCsrf() {
    var r =
        api(null)
            .send(
                api(null)
                    .builder("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")));
    assertThat(r.status()).isEqualTo(403);
  }
}
