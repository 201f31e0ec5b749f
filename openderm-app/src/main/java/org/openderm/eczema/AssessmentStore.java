package org.openderm.eczema;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code assessment} table: versioned rows, voided never deleted. */
@Repository
class AssessmentStore {

  private static final String CURRENT =
      """
      select * from (select distinct on (id) * from assessment
                      where patient_id = :p order by id, version desc) latest
       where voided_at is null""";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AssessmentStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Assessment a) {
    jdbc.sql(
            """
        insert into assessment (id, version, patient_id, instrument, instrument_version, taken_at,
          input, score, max_score, band, band_set, components, note, recorded_at, recorded_by,
          recorded_role)
        values (:id, :v, :p, :i, :iv, :t, cast(:input as jsonb), :s, :m, :b, :bs,
          cast(:c as jsonb), :n, :at, :by, :role)""")
        .param("id", a.id())
        .param("v", a.version())
        .param("p", a.patientId())
        .param("i", a.instrument())
        .param("iv", a.instrumentVersion())
        .param("t", Timestamp.from(a.takenAt()))
        .param("input", json.writeValueAsString(a.input()))
        .param("s", BigDecimal.valueOf(a.score()))
        .param("m", a.max())
        .param("b", a.band().name())
        .param("bs", a.band().bandSet())
        .param("c", json.writeValueAsString(a.components()))
        .param("n", a.note())
        .param("at", Timestamp.from(a.recordedAt()))
        .param("by", a.recordedBy())
        .param("role", a.recordedRole())
        .update();
  }

  /** The current version of every non-voided assessment of a patient, oldest first. */
  List<Assessment> current(UUID patientId) {
    return jdbc.sql(CURRENT + " order by taken_at, recorded_at")
        .param("p", patientId)
        .query(this::row)
        .list();
  }

  /** Every version of one assessment, newest first (voided included). */
  List<Assessment> versions(UUID patientId, UUID id) {
    return jdbc.sql(
            "select * from assessment where patient_id = :p and id = :id order by version desc")
        .param("p", patientId)
        .param("id", id)
        .query(this::row)
        .list();
  }

  /** The latest version, if the assessment exists for this patient and is not voided. */
  Optional<Assessment> latest(UUID patientId, UUID id) {
    return versions(patientId, id).stream().findFirst().filter(a -> !isVoided(patientId, id));
  }

  boolean isVoided(UUID patientId, UUID id) {
    return jdbc.sql(
                "select count(*) from assessment where patient_id = :p and id = :id"
                    + " and voided_at is not null")
            .param("p", patientId)
            .param("id", id)
            .query(Integer.class)
            .single()
        > 0;
  }

  int voidAll(UUID patientId, UUID id, String by, String reason) {
    return jdbc.sql(
            """
        update assessment set voided_at = now(), voided_by = :by, void_reason = :r
         where patient_id = :p and id = :id and voided_at is null""")
        .param("p", patientId)
        .param("id", id)
        .param("by", by)
        .param("r", reason)
        .update();
  }

  private Assessment row(ResultSet rs, int n) throws SQLException {
    return new Assessment(
        rs.getObject("id", UUID.class),
        rs.getInt("version"),
        rs.getObject("patient_id", UUID.class),
        rs.getString("instrument"),
        rs.getString("instrument_version"),
        rs.getTimestamp("taken_at").toInstant(),
        json.readTree(rs.getString("input")),
        rs.getBigDecimal("score").doubleValue(),
        rs.getInt("max_score"),
        new ScoreBand(rs.getString("band"), rs.getString("band_set")),
        json.readTree(rs.getString("components")),
        rs.getString("note"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"),
        rs.getString("recorded_role"));
  }
}
