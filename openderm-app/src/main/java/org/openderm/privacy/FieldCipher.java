package org.openderm.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM encryption of identity fields.
 *
 * <p>Layout: version byte, 12-byte random nonce, ciphertext with its 16-byte tag. The associated
 * data binds each value to its row and field (e.g. {@code patient/<id>/givenName}), so a value
 * copied into another row or field fails to decrypt instead of silently changing identity.
 */
public final class FieldCipher {

  private static final byte VERSION = 1;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public FieldCipher(SecretKey key) {
    this.key = key;
  }

  public byte[] encrypt(String plaintext, String associatedData) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.allocate(1 + NONCE + sealed.length)
        .put(VERSION)
        .put(nonce)
        .put(sealed)
        .array();
  }

  public String decrypt(byte[] stored, String associatedData) {
    if (stored.length < 1 + NONCE || stored[0] != VERSION) {
      throw new IllegalStateException("Unknown encrypted field format");
    }
    byte[] nonce = java.util.Arrays.copyOfRange(stored, 1, 1 + NONCE);
    byte[] sealed = java.util.Arrays.copyOfRange(stored, 1 + NONCE, stored.length);
    return new String(
        run(Cipher.DECRYPT_MODE, nonce, associatedData, sealed), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] nonce, String associatedData, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Encrypted field could not be processed (wrong key or " + "tampered data)", e);
    }
  }
}
