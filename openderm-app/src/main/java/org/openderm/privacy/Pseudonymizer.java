package org.openderm.privacy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keyed pseudonyms (HMAC-SHA256) for exports, one key per purpose: the same patient gets the same
 * pseudonym within a purpose (so a research export can be linked over time) and unrelated
 * pseudonyms across purposes (so two exports cannot be joined without the key).
 */
public final class Pseudonymizer {

  private final KeyRing keys;

  public Pseudonymizer(KeyRing keys) {
    this.keys = keys;
  }

  /** The pseudonym of {@code patientId} for {@code purpose}, 32 hex characters. */
  public String pseudonym(String purpose, UUID patientId) {
    byte[] mac =
        KeyRing.hmac(
            keys.derive("pseudonym:" + purpose),
            patientId.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac, 0, 16);
  }
}
