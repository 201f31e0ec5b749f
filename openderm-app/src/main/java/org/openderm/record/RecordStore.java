package org.openderm.record;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.openderm.record.ClinicalRecord.NewAllergy;
import org.openderm.record.ClinicalRecord.NewImmunization;
import org.openderm.record.ClinicalRecord.NewLabResult;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.openderm.record.ClinicalRecord.NewProblem;
import org.openderm.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Inserts new record items (version 1), already checked by {@link RecordChecks}. */
@Component
class RecordStore {

  private final JdbcClient jdbc;

  RecordStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static Date sql(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  UUID problem(UUID patientId, NewProblem p, String system, String code, String display) {
    UUID id = UUID.randomUUID();
    boolean active = p.resolvedOn() == null && (p.active() == null || p.active());
    jdbc.sql(
            """
        insert into problem (id, patient_id, code_system, code, display, active, onset,
          resolved_on, recorded_by)
        values (:id, :p, :system, :code, :display, :active, :onset, :resolved, :by)""")
        .param("id", id)
        .param("p", patientId)
        .param("system", system)
        .param("code", code)
        .param("display", display)
        .param("active", active)
        .param("onset", sql(p.onset()))
        .param("resolved", sql(p.resolvedOn()))
        .param("by", CurrentUser.username())
        .update();
    return id;
  }

  UUID medication(UUID patientId, NewMedication m, String name, String atc, String status) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into medication (id, patient_id, name, atc, dosage_text, interval_days,
          supply_days, start_date, end_date, status, recorded_by)
        values (:id, :p, :name, :atc, :dosage, :interval, :supply, :start, :end, :status, :by)""")
        .param("id", id)
        .param("p", patientId)
        .param("name", name)
        .param("atc", atc)
        .param("dosage", blankToNull(m.dosageText()))
        .param("interval", m.intervalDays() == null ? null : BigDecimal.valueOf(m.intervalDays()))
        .param("supply", m.supplyDays())
        .param("start", sql(m.start()))
        .param("end", sql(m.end()))
        .param("status", status)
        .param("by", CurrentUser.username())
        .update();
    return id;
  }

  UUID lab(UUID patientId, NewLabResult l, String display, String unit) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into lab_result (id, patient_id, loinc, display, value, unit, value_text, taken_on,
          recorded_by)
        values (:id, :p, :loinc, :display, :value, :unit, :text, :taken, :by)""")
        .param("id", id)
        .param("p", patientId)
        .param("loinc", l.loinc().strip())
        .param("display", display)
        .param("value", l.value() == null ? null : BigDecimal.valueOf(l.value()))
        .param("unit", l.value() == null ? null : unit)
        .param("text", blankToNull(l.valueText()))
        .param("taken", sql(l.takenOn()))
        .param("by", CurrentUser.username())
        .update();
    return id;
  }

  UUID immunization(UUID patientId, NewImmunization i, String display, String status) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into immunization (id, patient_id, cvx, display, status, given_on, lot, recorded_by)
        values (:id, :p, :cvx, :display, :status, :date, :lot, :by)""")
        .param("id", id)
        .param("p", patientId)
        .param("cvx", blankToNull(i.cvx()))
        .param("display", display)
        .param("status", status)
        .param("date", sql(i.date()))
        .param("lot", blankToNull(i.lot()))
        .param("by", CurrentUser.username())
        .update();
    return id;
  }

  UUID allergy(UUID patientId, NewAllergy a, String substance, String type, String criticality) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into allergy (id, patient_id, substance, code_system, code, type, reaction,
          criticality, active, onset, recorded_by)
        values (:id, :p, :substance, :system, :code, :type, :reaction, :crit, :active, :onset, :by)
        """)
        .param("id", id)
        .param("p", patientId)
        .param("substance", substance)
        .param("system", blankToNull(a.system()))
        .param("code", blankToNull(a.code()))
        .param("type", type)
        .param("reaction", blankToNull(a.reaction()))
        .param("crit", criticality)
        .param("active", a.active() == null || a.active())
        .param("onset", sql(a.onset()))
        .param("by", CurrentUser.username())
        .update();
    return id;
  }

  UUID pregnancy(UUID patientId, String status, LocalDate observedOn, String contraception) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into pregnancy_status (id, patient_id, status, observed_on, contraception,
          recorded_by)
        values (:id, :p, :status, :on, :contraception, :by)""")
        .param("id", id)
        .param("p", patientId)
        .param("status", status)
        .param("on", sql(observedOn))
        .param("contraception", blankToNull(contraception))
        .param("by", CurrentUser.username())
        .update();
    return id;
  }

  UUID phototype(UUID patientId, int value) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into phototype (id, patient_id, phototype, recorded_by)"
                + " values (:id, :p, :v, :by)")
        .param("id", id)
        .param("p", patientId)
        .param("v", value)
        .param("by", CurrentUser.username())
        .update();
    return id;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
