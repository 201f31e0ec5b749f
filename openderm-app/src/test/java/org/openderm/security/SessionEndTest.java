package org.openderm.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;
import org.openderm.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** Disabling an account ends the sessions it has open. */
class SessionEndTest extends IntegrationTest {

  @Autowired AccountService accounts;

  @Test
  void aDisabledAccountsOpenSessionEnds() {
    String user = fixtures.account(Role.LEARNER);
    WebSession web = new WebSession(port, user);
    var before = web.get("/");
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.uri().getPath()).isNotEqualTo("/login");
    Fixtures.as(
        "admin-for-test",
        "ROLE_ADMIN",
        () -> {
          accounts.setEnabled(user, false);
          return null;
        });
    // Before: the session went on working.
    var after = web.get("/");
    assertThat(after.uri().getPath()).isEqualTo("/login");
    assertThat(after.uri().getQuery()).contains("ended");
  }
}
