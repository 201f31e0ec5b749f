package org.openderm.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM fields bound to their place, per-purpose pseudonyms, key file handling. */
class PrivacyPrimitivesTest {

  private final KeyRing keys = KeyRing.of(new byte[32]);

  @Test
  void fieldsDecryptOnlyInTheirOwnPlace() {
    FieldCipher cipher = new FieldCipher(keys.aesKey("identity-encryption"));
    byte[] sealed = cipher.encrypt("Léa", "patient/1/1/givenName");
    assertThat(cipher.decrypt(sealed, "patient/1/1/givenName")).isEqualTo("Léa");
    assertThatThrownBy(() -> cipher.decrypt(sealed, "patient/2/1/givenName"))
        .isInstanceOf(IllegalStateException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(sealed, "patient/1/1/givenName"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(cipher.encrypt("Léa", "a")).isNotEqualTo(cipher.encrypt("Léa", "a"));
  }

  @Test
  void pseudonymsAreStablePerPurposeAndUnlinkableAcross() {
    Pseudonymizer p = new Pseudonymizer(keys);
    UUID id = UUID.randomUUID();
    assertThat(p.pseudonym("RESEARCH", id)).isEqualTo(p.pseudonym("RESEARCH", id)).hasSize(32);
    assertThat(p.pseudonym("RESEARCH", id)).isNotEqualTo(p.pseudonym("AI_ANALYSIS", id));
    Pseudonymizer other =
        new Pseudonymizer(
            KeyRing.of(
                new byte[] {
                  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                  24, 25, 26, 27, 28, 29, 30, 31, 32
                }));
    assertThat(other.pseudonym("RESEARCH", id)).isNotEqualTo(p.pseudonym("RESEARCH", id));
  }

  @Test
  void keyFileIsCreatedOwnerOnlyAndNeverSilentlyWithoutPermission(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("keys/master.key");
    assertThatThrownBy(() -> KeyRing.load(new PrivacyProperties(null, file, false), dir))
        .hasMessageContaining("keys generate");
    KeyRing created = KeyRing.load(new PrivacyProperties(null, file, true), dir);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    KeyRing again = KeyRing.load(new PrivacyProperties(null, file, false), dir);
    assertThat(again.derive("x")).isEqualTo(created.derive("x"));
  }
}
