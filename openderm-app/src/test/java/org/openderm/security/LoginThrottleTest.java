package org.openderm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle keeps guessers waiting without letting them lock the owner out. */
class LoginThrottleTest {

  static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void attemptsDuringAWaitDoNotExtendIt() {
    Ticking clock = new Ticking();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      t.failed("admin", "10.0.0.66");
    }
    assertThat(t.waitFor("admin", "10.0.0.66")).isEqualTo(Duration.ofMinutes(1));
    // Before: every attempt during the lock (the right password included) extended it.
    for (int i = 0; i < 100; i++) {
      clock.now = clock.now.plusMillis(500);
      t.failed("admin", "10.0.0.66");
    }
    assertThat(t.waitFor("admin", "10.0.0.66")).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theOwnerElsewhereIsNeverLockedOutByAnotherAddress() {
    Ticking clock = new Ticking();
    LoginThrottle t = new LoginThrottle(clock);
    // An attacker keeps failing for an hour, as fast as the throttle lets him.
    Duration ownerLockedOut = Duration.ZERO;
    for (int minute = 0; minute < 60; minute++) {
      for (int i = 0; i < 10; i++) {
        t.failed("admin", "203.0.113.9");
      }
      if (!t.waitFor("admin", "192.168.1.20").isZero()) {
        ownerLockedOut = ownerLockedOut.plusMinutes(1);
      }
      clock.now = clock.now.plus(Duration.ofMinutes(1));
    }
    assertThat(ownerLockedOut).isZero();
    assertThat(t.waitFor("admin", "203.0.113.9")).isPositive();
  }

  @Test
  void oneAddressTryingManyAccountsWaitsForAllOfThem() {
    Ticking clock = new Ticking();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.ADDRESS_ATTEMPTS; i++) {
      t.failed("user" + i, "198.51.100.7");
    }
    assertThat(t.waitFor("someone-else", "198.51.100.7")).isEqualTo(LoginThrottle.ADDRESS_WINDOW);
    assertThat(t.waitFor("someone-else", "198.51.100.8")).isZero();
    t.succeeded("user1", "198.51.100.7");
    assertThat(t.waitFor("user1", "198.51.100.7")).isEqualTo(LoginThrottle.ADDRESS_WINDOW);
  }

  @Test
  void aSuccessClearsThePair() {
    LoginThrottle t = new LoginThrottle(new Ticking());
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
      t.failed("gp", "10.0.0.1");
    }
    t.succeeded("gp", "10.0.0.1");
    t.failed("gp", "10.0.0.1");
    assertThat(t.waitFor("gp", "10.0.0.1")).isZero();
  }
}
