package org.openderm.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.openderm.privacy.KeyRing;
import org.openderm.privacy.PrivacyProperties;
import org.openderm.system.SystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chain head, kept outside the database, next to the master key: the highest sequence number
 * committed and its hash, with a MAC. Someone who can write the database can delete the newest rows
 * and write back an earlier {@code audit_head} with its valid MAC (he can copy an old one); he
 * cannot lower this file's counter without the key, nor rewrite the anchored row unnoticed.
 *
 * <p>Written after each commit (never before: a rolled-back row must not be anchored), by an atomic
 * rename, and only forward: the counter never goes down.
 */
@Component
class AuditAnchor {

  private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);
  private final Path file;
  private final byte[] key;
  private long seq;

  AuditAnchor(KeyRing keys, PrivacyProperties privacy, SystemProperties system) {
    Path keyFile =
        privacy.keyFile() != null ? privacy.keyFile() : KeyRing.defaultKeyFile(system.dataDir());
    this.file = keyFile.toAbsolutePath().resolveSibling("audit.anchor");
    this.key = keys.derive("audit-anchor");
    this.seq = read().map(Anchor::seq).orElse(0L);
  }

  /** Anchors {@code seq}/{@code hash} once the current transaction commits (now if none). */
  void advanceAfterCommit(long rowSeq, String hash) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              advance(rowSeq, hash);
            }
          });
    } else {
      advance(rowSeq, hash);
    }
  }

  synchronized void advance(long rowSeq, String hash) {
    if (rowSeq <= seq) {
      return;
    }
    String line = rowSeq + " " + hash + " " + mac(rowSeq, hash) + "\n";
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("audit.anchor.tmp");
      Files.writeString(tmp, line, StandardCharsets.US_ASCII);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      seq = rowSeq;
    } catch (IOException e) {
      // The row is committed; a missing anchor only weakens detection until the next row.
      log.warn("Cannot write the audit anchor {}: {}", file, e.getMessage());
    }
  }

  /** The anchor as written, or empty when none was ever written; a bad MAC reads as seq -1. */
  Optional<Anchor> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
      long s = Long.parseLong(parts[0]);
      boolean ok =
          parts.length == 3
              && MessageDigest.isEqual(
                  mac(s, parts[1]).getBytes(StandardCharsets.US_ASCII),
                  parts[2].getBytes(StandardCharsets.US_ASCII));
      return Optional.of(ok ? new Anchor(s, parts[1]) : new Anchor(-1, ""));
    } catch (IOException | RuntimeException e) {
      return Optional.of(new Anchor(-1, ""));
    }
  }

  private String mac(long s, String hash) {
    return HexFormat.of()
        .formatHex(KeyRing.hmac(key, (s + "|" + hash).getBytes(StandardCharsets.US_ASCII)));
  }

  record Anchor(long seq, String hash) {}
}
