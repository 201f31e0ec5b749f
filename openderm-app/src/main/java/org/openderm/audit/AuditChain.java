package org.openderm.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.openderm.privacy.KeyRing;

/**
 * The keyed hash chain over audit rows: {@code hash(n) = HMAC(k, canonical(row n))}, where the
 * canonical text includes {@code hash(n-1)}. Without the key nobody can recompute a hash, so an
 * edited, inserted or removed row shows as a break at that row.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);
  private final byte[] key;

  AuditChain(KeyRing keys) {
    this.key = keys.derive("audit-chain");
  }

  String hash(AuditRecord row) {
    return hex(KeyRing.hmac(key, row.canonical().getBytes(StandardCharsets.UTF_8)));
  }

  String headMac(long seq, String hash) {
    return hex(
        KeyRing.hmac(key, ("head\u001f" + seq + "\u001f" + hash).getBytes(StandardCharsets.UTF_8)));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
