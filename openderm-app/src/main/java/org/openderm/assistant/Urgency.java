package org.openderm.assistant;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How soon the person should act, from nothing to call the emergency services now.
 *
 * <p>Ordered: a later constant is more urgent, so the most urgent of several matched red flags is
 * the maximum.
 */
public enum Urgency {
  NONE,
  ROUTINE,
  SOON,
  URGENT,
  EMERGENCY;

  /** The API value, in lower case. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an API or data-file value such as {@code emergency}. */
  public static Urgency of(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
