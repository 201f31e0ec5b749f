package org.openderm.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openderm.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code triage_result} table: one row per triage of a patient's image, abstentions included
 * (with their reason), so that the record shows every time the AI was asked. Callers check access
 * and audit ({@link TriageService}).
 */
@Component
class TriageStore {

  private final JdbcClient jdbc;

  TriageStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a result; returns its id. */
  long insert(UUID patientId, UUID photoId, String imageSha, TriageResponse r) {
    String probs =
        r.predictions().stream()
            .map(p -> String.format(Locale.ROOT, "%s:%.6f", p.code(), p.probability()))
            .collect(Collectors.joining(","));
    return jdbc.sql(
            """
        insert into triage_result (patient_id, photo_id, image_sha256, abstained, abstain_reason,
          referral, malignancy_risk, probabilities, model_name, model_version, model_sha256,
          created_by)
        values (:p, :photo, :img, :ab, :reason, :ref, :risk, :probs, :mn, :mv, :ms, :by)
        returning id""")
        .param("p", patientId)
        .param("photo", photoId)
        .param("img", imageSha)
        .param("ab", r.abstained())
        .param("reason", r.abstainReason())
        .param("ref", r.referral())
        .param("risk", r.malignancyRisk())
        .param("probs", probs)
        .param("mn", r.model().name())
        .param("mv", r.model().version())
        .param("ms", r.model().sha256())
        .param("by", CurrentUser.username())
        .query(Long.class)
        .single();
  }

  /** The patient's results, newest first (voided ones left out). */
  List<StoredTriage> list(UUID patientId) {
    return jdbc.sql(
            """
        select * from triage_result where patient_id = :p and voided_at is null
         order by created_at desc, id desc""")
        .param("p", patientId)
        .query(
            (rs, n) ->
                new StoredTriage(
                    rs.getLong("id"),
                    patientId,
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("image_sha256"),
                    rs.getObject("photo_id", UUID.class),
                    rs.getBoolean("abstained"),
                    rs.getString("abstain_reason"),
                    rs.getString("referral"),
                    (Double) rs.getObject("malignancy_risk"),
                    probabilities(rs.getString("probabilities")),
                    rs.getString("model_name") + " " + rs.getString("model_version"),
                    rs.getString("created_by")))
        .list();
  }

  /** The weights' SHA-256 a stored result was computed with, if the result is the patient's. */
  java.util.Optional<String> modelSha(UUID patientId, long id) {
    return jdbc.sql(
            "select model_sha256 from triage_result where id = :id and patient_id = :p"
                + " and voided_at is null")
        .param("id", id)
        .param("p", patientId)
        .query(String.class)
        .optional();
  }

  static Map<String, Double> probabilities(String stored) {
    Map<String, Double> map = new LinkedHashMap<>();
    if (stored != null && !stored.isBlank()) {
      for (String pair : stored.split(",")) {
        String[] kv = pair.split(":");
        map.put(kv[0], Double.parseDouble(kv[1]));
      }
    }
    return map;
  }
}
