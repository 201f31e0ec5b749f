package org.openderm.decision;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.decision.TreatmentRecords.Medication;
import org.openderm.decision.TreatmentRecords.NewMedication;
import org.openderm.decision.TreatmentRecords.NewProblem;
import org.openderm.decision.TreatmentRecords.Problem;
import org.openderm.patient.Capability;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.security.CurrentUser;
import org.openderm.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's treatments and problems, the part of the record the decision rules read. Each
 * medication and problem is recognised against the rule vocabulary when stored, so that the rules
 * need not parse text at every page view.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class TreatmentService {

  private static final String MED_COLUMNS =
      "id, patient_id, name, drug, atc, dosage_text, interval_days, supply_days, start_date,"
          + " end_date, status, recorded_at, recorded_by";

  private final JdbcClient jdbc;
  private final Vocabulary vocabulary;

  TreatmentService(JdbcClient jdbc, DecisionService decisions) {
    this.jdbc = jdbc;
    this.vocabulary = decisions.vocabulary();
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(
      action = Action.C,
      resource = "medication",
      capability = {Capability.WRITE_CLINICAL})
  @Transactional
  public Medication addMedication(@PatientId UUID patientId, NewMedication m) {
    UUID id = UUID.randomUUID();
    List<Code> codes =
        m.atc() == null ? List.of() : List.of(new Code("http://www.whocc.no/atc", m.atc(), null));
    String drug = vocabulary.drug(codes, m.name()).map(Vocabulary.DrugEntry::id).orElse(null);
    jdbc.sql(
            """
        insert into medication (id, patient_id, name, drug, atc, dosage_text, interval_days,
          supply_days, start_date, status, recorded_by)
        values (:id, :p, :name, :drug, :atc, :dosage, :interval, :supply, :start, 'ACTIVE', :by)""")
        .param("id", id)
        .param("p", patientId)
        .param("name", m.name())
        .param("drug", drug)
        .param("atc", m.atc())
        .param("dosage", m.dosageText())
        .param("interval", m.intervalDays() == null ? null : BigDecimal.valueOf(m.intervalDays()))
        .param("supply", m.supplyDays())
        .param("start", m.start() == null ? null : Date.valueOf(m.start()))
        .param("by", CurrentUser.username())
        .update();
    return medication(id);
  }

  /** Stops a treatment on a date (a new version of the row; nothing is deleted). */
  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(
      action = Action.U,
      resource = "medication",
      capability = {Capability.WRITE_CLINICAL})
  @Transactional
  public Medication stopMedication(@PatientId UUID patientId, UUID medicationId, LocalDate end) {
    int n =
        jdbc.sql(
                "update medication set status = 'STOPPED', end_date = :end, version = version + 1"
                    + " where id = :id and patient_id = :p and voided_at is null")
            .param("end", Date.valueOf(end == null ? LocalDate.now() : end))
            .param("id", medicationId)
            .param("p", patientId)
            .update();
    if (n == 0) {
      throw new NotFoundException("DERM-0802", "No such medication for this patient");
    }
    return medication(medicationId);
  }

  @PatientData(
      action = Action.R,
      resource = "medication",
      capability = {Capability.READ})
  @Transactional
  public List<Medication> medications(@PatientId UUID patientId) {
    return jdbc.sql(
            "select "
                + MED_COLUMNS
                + " from medication where patient_id = :p and voided_at is null"
                + " order by status, start_date desc nulls last, recorded_at desc")
        .param("p", patientId)
        .query(TreatmentService::medicationRow)
        .list();
  }

  @PreAuthorize("hasRole('CLINICIAN')")
  @PatientData(
      action = Action.C,
      resource = "problem",
      capability = {Capability.WRITE_CLINICAL})
  @Transactional
  public Problem addProblem(@PatientId UUID patientId, NewProblem p) {
    UUID id = UUID.randomUUID();
    List<Code> codes =
        p.code() == null ? List.of() : List.of(new Code(p.system(), p.code(), p.display()));
    String concept =
        vocabulary.concept(codes, p.display()).map(Vocabulary.ConceptEntry::id).orElse(null);
    jdbc.sql(
            """
        insert into problem (id, patient_id, code_system, code, display, concept, active, onset,
          recorded_by)
        values (:id, :p, :system, :code, :display, :concept, :active, :onset, :by)""")
        .param("id", id)
        .param("p", patientId)
        .param("system", p.system())
        .param("code", p.code())
        .param("display", p.display())
        .param("concept", concept)
        .param("active", p.active() == null || p.active())
        .param("onset", p.onset() == null ? null : Date.valueOf(p.onset()))
        .param("by", CurrentUser.username())
        .update();
    return problems(patientId).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @PatientData(
      action = Action.R,
      resource = "problem",
      capability = {Capability.READ})
  @Transactional
  public List<Problem> problems(@PatientId UUID patientId) {
    return jdbc.sql(
            "select id, patient_id, code_system, code, display, concept, active, onset, recorded_at"
                + " from problem where patient_id = :p and voided_at is null"
                + " order by active desc, onset desc nulls last, recorded_at desc")
        .param("p", patientId)
        .query(
            (rs, i) ->
                new Problem(
                    rs.getObject("id", UUID.class),
                    rs.getObject("patient_id", UUID.class),
                    rs.getString("code_system"),
                    rs.getString("code"),
                    rs.getString("display"),
                    rs.getString("concept"),
                    rs.getBoolean("active"),
                    date(rs, "onset"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  private Medication medication(UUID id) {
    return jdbc.sql("select " + MED_COLUMNS + " from medication where id = :id")
        .param("id", id)
        .query(TreatmentService::medicationRow)
        .single();
  }

  private static Medication medicationRow(ResultSet rs, int i) throws SQLException {
    BigDecimal interval = rs.getBigDecimal("interval_days");
    int supply = rs.getInt("supply_days");
    boolean noSupply = rs.wasNull();
    return new Medication(
        rs.getObject("id", UUID.class),
        rs.getObject("patient_id", UUID.class),
        rs.getString("name"),
        rs.getString("drug"),
        rs.getString("atc"),
        rs.getString("dosage_text"),
        interval == null ? null : interval.doubleValue(),
        noSupply ? null : supply,
        date(rs, "start_date"),
        date(rs, "end_date"),
        "ACTIVE".equals(rs.getString("status")),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
