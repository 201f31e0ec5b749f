package org.openderm.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.openderm.system.SecureFiles;

/**
 * The master key and the keys derived from it, one per use (identity encryption, audit chain, photo
 * key wrapping, pseudonyms per purpose).
 *
 * <p>Derivation is HMAC-SHA256(master, label), so that a key leaked for one use (say, the research
 * pseudonyms) reveals nothing about the others.
 */
public final class KeyRing {

  private static final int KEY_BYTES = 32;
  private final byte[] master;

  private KeyRing(byte[] master) {
    if (master.length != KEY_BYTES) {
      throw new IllegalStateException("The OpenDerm master key must be 256 bits (32 bytes)");
    }
    this.master = master.clone();
  }

  /** A key ring over a known master key (tests, tools). */
  public static KeyRing of(byte[] master) {
    return new KeyRing(master);
  }

  /** Loads the master key as configured, creating the key file if allowed and missing. */
  public static KeyRing load(PrivacyProperties props, Path dataDir) {
    if (props.masterKey() != null && !props.masterKey().isBlank()) {
      return new KeyRing(Base64.getDecoder().decode(props.masterKey().strip()));
    }
    Path file = props.keyFile() != null ? props.keyFile() : defaultKeyFile(dataDir);
    try {
      if (!Files.exists(file)) {
        if (!props.createKey()) {
          throw new IllegalStateException(
              "No master key: "
                  + file
                  + " does not exist. Create one "
                  + "with 'bin/openderm keys generate --out "
                  + file
                  + "' (keep a backup: without "
                  + "it, patient identities cannot be decrypted), or set OPENDERM_PRIVACY_MASTER_KEY.");
        }
        writeNewKey(file);
      }
      return new KeyRing(Base64.getDecoder().decode(Files.readString(file).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the master key file " + file, e);
    }
  }

  /** Writes a new random master key, readable by its owner only. */
  public static void writeNewKey(Path file) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    SecureFiles.writeOwnerOnly(
        file, Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII));
  }

  public static Path defaultKeyFile(Path dataDir) {
    return dataDir.resolve("keys").resolve("master.key");
  }

  /** The raw bytes of the key derived for {@code label}. */
  public byte[] derive(String label) {
    return hmac(master, label.getBytes(StandardCharsets.UTF_8));
  }

  /** An AES-256 key derived for {@code label}. */
  public SecretKey aesKey(String label) {
    return new SecretKeySpec(derive(label), "AES");
  }

  /** HMAC-SHA256 of {@code data} under {@code key}. */
  public static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
