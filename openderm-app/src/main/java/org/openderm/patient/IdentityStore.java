package org.openderm.patient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openderm.privacy.FieldCipher;
import org.openderm.privacy.KeyRing;
import org.openderm.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Patient identities, kept apart from clinical rows and encrypted field by field. Each field is
 * bound to its patient, version and name as associated data. External ids are also indexed by keyed
 * hash, so an exact lookup works without decrypting every row.
 */
@Component
class IdentityStore {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final byte[] indexKey;

  IdentityStore(JdbcClient jdbc, FieldCipher identityCipher, KeyRing keys) {
    this.jdbc = jdbc;
    this.cipher = identityCipher;
    this.indexKey = keys.derive("external-id-index");
  }

  void write(UUID patientId, int version, NewPatient p, String by) {
    String ext = p.externalId() == null || p.externalId().isBlank() ? null : p.externalId().strip();
    if (ext != null) {
      requireFree(patientId, index(ext));
    }
    jdbc.sql(
            """
        insert into patient_identity (patient_id, version, given_name_enc, family_name_enc,
          birth_date_enc, external_id_enc, external_id_index, recorded_by)
        values (:p, :v, :g, :f, :b, :e, :i, :by)""")
        .param("p", patientId)
        .param("v", version)
        .param("g", cipher.encrypt(p.givenName().strip(), aad(patientId, version, "givenName")))
        .param("f", cipher.encrypt(p.familyName().strip(), aad(patientId, version, "familyName")))
        .param("b", cipher.encrypt(p.birthDate().toString(), aad(patientId, version, "birthDate")))
        .param("e", ext == null ? null : cipher.encrypt(ext, aad(patientId, version, "externalId")))
        .param("i", ext == null ? null : index(ext))
        .param("by", by)
        .update();
  }

  Optional<Identity> latest(UUID patientId) {
    return jdbc.sql(
            """
        select * from patient_identity where patient_id = :p order by version desc limit 1""")
        .param("p", patientId)
        .query(
            (rs, n) -> {
              int v = rs.getInt("version");
              byte[] ext = rs.getBytes("external_id_enc");
              return new Identity(
                  cipher.decrypt(rs.getBytes("given_name_enc"), aad(patientId, v, "givenName")),
                  cipher.decrypt(rs.getBytes("family_name_enc"), aad(patientId, v, "familyName")),
                  LocalDate.parse(
                      cipher.decrypt(
                          rs.getBytes("birth_date_enc"), aad(patientId, v, "birthDate"))),
                  ext == null ? null : cipher.decrypt(ext, aad(patientId, v, "externalId")),
                  v);
            })
        .optional();
  }

  Optional<UUID> byExternalId(String externalId) {
    List<UUID> found = holders(index(externalId.strip()));
    // Records written before external ids were unique may share one: ambiguous is not found.
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * An external id names one record (break-glass and imports find a patient by it): a second record
   * may not take it. Serialised per id so two concurrent writers cannot both take it.
   */
  private void requireFree(UUID patientId, String index) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(:i))").param("i", index).query().singleValue();
    if (holders(index).stream().anyMatch(other -> !other.equals(patientId))) {
      throw new InvalidInputException("externalId", "is already used by another record");
    }
  }

  private List<UUID> holders(String index) {
    return jdbc.sql(
            """
        select i.patient_id from patient_identity i join patient p on p.id = i.patient_id
         where i.external_id_index = :i and p.voided_at is null
           and i.version = (select max(version) from patient_identity where patient_id = i.patient_id)""")
        .param("i", index)
        .query(UUID.class)
        .list();
  }

  private String index(String externalId) {
    return HexFormat.of()
        .formatHex(KeyRing.hmac(indexKey, externalId.getBytes(StandardCharsets.UTF_8)), 0, 32);
  }

  private static String aad(UUID patientId, int version, String field) {
    return "patient/" + patientId + "/" + version + "/" + field;
  }

  record Identity(
      String givenName, String familyName, LocalDate birthDate, String externalId, int version) {}
}
