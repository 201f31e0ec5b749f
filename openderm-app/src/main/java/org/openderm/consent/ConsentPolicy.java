package org.openderm.consent;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other features ask before acting: is consent for this purpose in force? No consent recorded
 * means no. Not audited itself: the action it guards is.
 */
@Component
public class ConsentPolicy {

  private final JdbcClient jdbc;

  ConsentPolicy(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isGranted(UUID patientId, Purpose purpose) {
    return isGranted(patientId, purpose, "");
  }

  public boolean isGranted(UUID patientId, Purpose purpose, String grantee) {
    return jdbc.sql(
            """
        select granted from consent where patient_id = :p and purpose = :pu and grantee = :g
         order by version desc limit 1""")
        .param("p", patientId)
        .param("pu", purpose.name())
        .param("g", grantee == null ? "" : grantee)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Throws {@link ConsentRequiredException} unless consent for {@code purpose} is in force. */
  public void require(UUID patientId, Purpose purpose) {
    if (!isGranted(patientId, purpose)) {
      throw new ConsentRequiredException(purpose);
    }
  }
}
