package org.openderm.record;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openderm.record.ClinicalRecord.Allergy;
import org.openderm.record.ClinicalRecord.Immunization;
import org.openderm.record.ClinicalRecord.LabResult;
import org.openderm.record.ClinicalRecord.Medication;
import org.openderm.record.ClinicalRecord.Phototype;
import org.openderm.record.ClinicalRecord.PregnancyStatus;
import org.openderm.record.ClinicalRecord.Problem;
import org.openderm.record.ClinicalRecord.Provenance;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the record tables: current versions, voided items only when asked for. */
@Component
class RecordQueries {

  private final JdbcClient jdbc;

  RecordQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private <T> List<T> list(
      String table, String order, UUID patientId, boolean withVoided, RowMapper<T> rows) {
    return jdbc.sql(
            "select * from "
                + table
                + " where patient_id = :p"
                + (withVoided ? "" : " and voided_at is null")
                + " order by "
                + order)
        .param("p", patientId)
        .query(rows)
        .list();
  }

  List<Problem> problems(UUID p, boolean voided) {
    return list(
        "problem",
        "active desc, onset desc nulls last, recorded_at desc",
        p,
        voided,
        this::problem);
  }

  List<Medication> medications(UUID p, boolean voided) {
    return list(
        "medication",
        "case status when 'ACTIVE' then 0 when 'PLANNED' then 1 else 2 end,"
            + " start_date desc nulls last, recorded_at desc",
        p,
        voided,
        this::medication);
  }

  List<LabResult> labs(UUID p, boolean voided) {
    return list("lab_result", "taken_on desc, recorded_at desc", p, voided, this::lab);
  }

  List<Immunization> immunizations(UUID p, boolean voided) {
    return list(
        "immunization",
        "status desc, given_on desc nulls first, recorded_at desc",
        p,
        voided,
        this::immunization);
  }

  List<Allergy> allergies(UUID p, boolean voided) {
    return list("allergy", "active desc, recorded_at desc", p, voided, this::allergy);
  }

  List<PregnancyStatus> pregnancy(UUID p, boolean voided) {
    return list(
        "pregnancy_status", "observed_on desc, recorded_at desc", p, voided, this::pregnancy);
  }

  List<Phototype> phototypes(UUID p, boolean voided) {
    return list("phototype", "recorded_at desc", p, voided, this::phototype);
  }

  static Provenance provenance(ResultSet rs) throws SQLException {
    Timestamp voided = rs.getTimestamp("voided_at");
    return new Provenance(
        rs.getInt("version"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"),
        voided == null ? null : voided.toInstant(),
        rs.getString("voided_by"),
        rs.getString("void_reason"));
  }

  private static UUID id(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Double number(ResultSet rs, String column) throws SQLException {
    BigDecimal d = rs.getBigDecimal(column);
    return d == null ? null : d.doubleValue();
  }

  Problem problem(ResultSet rs, int i) throws SQLException {
    return new Problem(
        id(rs, "id"),
        id(rs, "patient_id"),
        rs.getString("code_system"),
        rs.getString("code"),
        rs.getString("display"),
        rs.getBoolean("active"),
        date(rs, "onset"),
        date(rs, "resolved_on"),
        provenance(rs));
  }

  Medication medication(ResultSet rs, int i) throws SQLException {
    int supply = rs.getInt("supply_days");
    Integer supplyDays = rs.wasNull() ? null : supply;
    return new Medication(
        id(rs, "id"),
        id(rs, "patient_id"),
        rs.getString("name"),
        rs.getString("atc"),
        rs.getString("dosage_text"),
        number(rs, "interval_days"),
        supplyDays,
        date(rs, "start_date"),
        date(rs, "end_date"),
        rs.getString("status"),
        provenance(rs));
  }

  LabResult lab(ResultSet rs, int i) throws SQLException {
    return new LabResult(
        id(rs, "id"),
        id(rs, "patient_id"),
        rs.getString("loinc"),
        rs.getString("display"),
        number(rs, "value"),
        rs.getString("unit"),
        rs.getString("value_text"),
        date(rs, "taken_on"),
        provenance(rs));
  }

  Immunization immunization(ResultSet rs, int i) throws SQLException {
    return new Immunization(
        id(rs, "id"),
        id(rs, "patient_id"),
        rs.getString("cvx"),
        rs.getString("display"),
        rs.getString("status"),
        date(rs, "given_on"),
        rs.getString("lot"),
        provenance(rs));
  }

  Allergy allergy(ResultSet rs, int i) throws SQLException {
    return new Allergy(
        id(rs, "id"),
        id(rs, "patient_id"),
        rs.getString("substance"),
        rs.getString("code_system"),
        rs.getString("code"),
        rs.getString("type"),
        rs.getString("reaction"),
        rs.getString("criticality"),
        rs.getBoolean("active"),
        date(rs, "onset"),
        provenance(rs));
  }

  PregnancyStatus pregnancy(ResultSet rs, int i) throws SQLException {
    return new PregnancyStatus(
        id(rs, "id"),
        id(rs, "patient_id"),
        rs.getString("status"),
        date(rs, "observed_on"),
        rs.getString("contraception"),
        provenance(rs));
  }

  Phototype phototype(ResultSet rs, int i) throws SQLException {
    return new Phototype(
        id(rs, "id"), id(rs, "patient_id"), rs.getInt("phototype"), provenance(rs));
  }
}
