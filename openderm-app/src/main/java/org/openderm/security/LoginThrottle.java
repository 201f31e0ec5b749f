package org.openderm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per (typed username, client address) and per address, in memory.
 *
 * <p>Why per address: a lock on the account alone is a weapon, since anyone who knows a username
 * can keep its owner out for good. Here the one who types wrong passwords waits, not the owner
 * signing in from elsewhere. The wait never grows during a wait (attempts then, the right password
 * included, are answered without being counted), and the answer is the same for an unknown username
 * as for a real one.
 */
@Component
public class LoginThrottle {

  /** Failures for one username from one address before the first wait. */
  static final int FREE_ATTEMPTS = 5;

  /** Failures from one address, any usernames, within {@link #ADDRESS_WINDOW}. */
  static final int ADDRESS_ATTEMPTS = 30;

  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
  static final Duration MAX_WAIT = Duration.ofHours(1);

  private final Map<String, Counter> pairs = new ConcurrentHashMap<>();
  private final Map<String, Counter> addresses = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code address} must wait before trying {@code username} again (zero: now). */
  public Duration waitFor(String username, String address) {
    Instant now = clock.instant();
    Duration d = remaining(pairs.get(key(username, address)), now);
    Duration a = remaining(addresses.get(address), now);
    return d.compareTo(a) >= 0 ? d : a;
  }

  /** A failed attempt: counted unless the pair or the address is already waiting. */
  void failed(String username, String address) {
    if (username == null || address == null || !waitFor(username, address).isZero()) {
      return;
    }
    Instant now = clock.instant();
    pairs.compute(
        key(username, address),
        (k, c) -> {
          Counter n = c == null ? new Counter(0, now, null) : c;
          int failures = n.failures() + 1;
          Instant until = failures >= FREE_ATTEMPTS ? now.plus(waitAfter(failures)) : null;
          return new Counter(failures, n.since(), until);
        });
    addresses.compute(
        address,
        (k, c) -> {
          Counter n =
              c == null || c.since().plus(ADDRESS_WINDOW).isBefore(now)
                  ? new Counter(0, now, null)
                  : c;
          int failures = n.failures() + 1;
          Instant until = failures >= ADDRESS_ATTEMPTS ? now.plus(ADDRESS_WINDOW) : null;
          return new Counter(until != null ? 0 : failures, until != null ? now : n.since(), until);
        });
  }

  /** A successful sign-in clears that pair's count. */
  void succeeded(String username, String address) {
    if (username != null && address != null) {
      pairs.remove(key(username, address));
    }
  }

  /** 1 minute after the 5th failure, then 2, 4 ... up to an hour. */
  static Duration waitAfter(int failures) {
    int doublings = Math.min(Math.max(failures - FREE_ATTEMPTS, 0), 6);
    Duration d = Duration.ofMinutes(1L << doublings);
    return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
  }

  private static Duration remaining(Counter c, Instant now) {
    if (c == null || c.until() == null || !c.until().isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, c.until());
  }

  private static String key(String username, String address) {
    return username.toLowerCase(Locale.ROOT) + "|" + address;
  }

  private record Counter(int failures, Instant since, Instant until) {}
}
