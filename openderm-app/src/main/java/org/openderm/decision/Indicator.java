package org.openderm.decision;

import java.util.Locale;

/** How urgent a card is, in the CDS Hooks vocabulary; declared from most to least urgent. */
public enum Indicator {
  CRITICAL,
  WARNING,
  INFO;

  /** The CDS Hooks spelling: {@code critical}, {@code warning}, {@code info}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
