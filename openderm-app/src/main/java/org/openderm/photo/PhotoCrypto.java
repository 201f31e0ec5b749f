package org.openderm.photo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of photos: each photo gets its own random AES-256 data key, which encrypts
 * the image with AES-GCM and is itself AES-GCM-wrapped under a key derived from the master key
 * (kept outside the database).
 *
 * <p>The associated data names the photo and the patient, so that an encrypted file or wrapped key
 * moved to another photo or patient row fails to decrypt instead of showing the wrong patient's
 * image (NIST SP 800-38D for GCM; one random 96-bit nonce per encryption, each key used for at most
 * two encryptions: the image and its thumbnail).
 */
final class PhotoCrypto {

  /** File and field layout version. */
  static final byte VERSION = 1;

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey wrappingKey;

  PhotoCrypto(SecretKey wrappingKey) {
    this.wrappingKey = wrappingKey;
  }

  /** A fresh random data key. */
  static SecretKey newDataKey() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return new SecretKeySpec(k, "AES");
  }

  byte[] wrap(SecretKey dataKey, UUID photoId, UUID patientId) {
    return seal(wrappingKey, dataKey.getEncoded(), aad("key", photoId, patientId));
  }

  SecretKey unwrap(byte[] wrapped, UUID photoId, UUID patientId) {
    return new SecretKeySpec(open(wrappingKey, wrapped, aad("key", photoId, patientId)), "AES");
  }

  static byte[] encrypt(SecretKey dataKey, byte[] plain, String part, UUID photoId, UUID patient) {
    return seal(dataKey, plain, aad(part, photoId, patient));
  }

  static byte[] decrypt(SecretKey dataKey, byte[] sealed, String part, UUID photoId, UUID patient) {
    return open(dataKey, sealed, aad(part, photoId, patient));
  }

  private static String aad(String part, UUID photoId, UUID patientId) {
    return "openderm/photo/v1/" + part + "/" + photoId + "/patient/" + patientId;
  }

  private static byte[] seal(SecretKey key, byte[] plain, String aad) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, key, nonce, aad, plain);
    return ByteBuffer.allocate(1 + NONCE + sealed.length)
        .put(VERSION)
        .put(nonce)
        .put(sealed)
        .array();
  }

  private static byte[] open(SecretKey key, byte[] stored, String aad) {
    if (stored.length < 1 + NONCE + TAG_BITS / 8 || stored[0] != VERSION) {
      throw new PhotoIntegrityException("Unknown encrypted photo format.");
    }
    byte[] nonce = Arrays.copyOfRange(stored, 1, 1 + NONCE);
    return run(
        Cipher.DECRYPT_MODE, key, nonce, aad, Arrays.copyOfRange(stored, 1 + NONCE, stored.length));
  }

  private static byte[] run(int mode, SecretKey key, byte[] nonce, String aad, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new PhotoIntegrityException("The stored photo does not authenticate.");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }
}
