package org.openderm.eczema;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.patient.AccessPolicy;
import org.openderm.patient.Capability;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.security.CurrentUser;
import org.openderm.system.InvalidInputException;
import org.openderm.system.NotFoundException;
import org.openderm.system.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Treatment periods of a patient, for the course chart; access-checked and audited. */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class TreatmentPeriodService {

  private final JdbcClient jdbc;

  TreatmentPeriodService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a period; {@code endedOn} may be null (ongoing). */
  @PatientData(
      action = Action.C,
      resource = "treatment",
      capability = {Capability.WRITE_PATIENT_ENTRY, Capability.WRITE_CLINICAL})
  @Transactional
  public TreatmentPeriod record(
      @PatientId UUID patientId, String label, LocalDate startedOn, LocalDate endedOn) {
    List<Violation> errors = new ArrayList<>();
    if (label == null || label.isBlank() || label.length() > 200) {
      errors.add(new Violation("label", "is required: 1 to 200 characters"));
    }
    if (startedOn == null) {
      errors.add(new Violation("startedOn", "is required: a date (YYYY-MM-DD)"));
    } else if (endedOn != null && endedOn.isBefore(startedOn)) {
      errors.add(new Violation("endedOn", "must not be before startedOn"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    TreatmentPeriod period =
        new TreatmentPeriod(
            UUID.randomUUID(),
            patientId,
            label.strip(),
            startedOn,
            endedOn,
            Instant.now(),
            CurrentUser.username());
    jdbc.sql(
            """
        insert into treatment_period (id, patient_id, label, started_on, ended_on, recorded_at,
          recorded_by) values (:id, :p, :l, :s, :e, :at, :by)""")
        .param("id", period.id())
        .param("p", patientId)
        .param("l", period.label())
        .param("s", Date.valueOf(startedOn))
        .param("e", endedOn == null ? null : Date.valueOf(endedOn))
        .param("at", Timestamp.from(period.recordedAt()))
        .param("by", period.recordedBy())
        .update();
    return period;
  }

  /** The patient's periods (not voided), earliest first. */
  @PatientData(
      action = Action.R,
      resource = "treatment",
      capability = {Capability.READ})
  @Transactional
  public List<TreatmentPeriod> list(@PatientId UUID patientId) {
    return jdbc.sql(
            "select * from treatment_period where patient_id = :p and voided_at is null"
                + " order by started_on, recorded_at")
        .param("p", patientId)
        .query(
            (rs, n) ->
                new TreatmentPeriod(
                    rs.getObject("id", UUID.class),
                    patientId,
                    rs.getString("label"),
                    rs.getDate("started_on").toLocalDate(),
                    rs.getDate("ended_on") == null ? null : rs.getDate("ended_on").toLocalDate(),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  /** Voids a period (kept with who, when and why). */
  @PatientData(
      action = Action.D,
      resource = "treatment",
      capability = {Capability.AMEND_ENTRY})
  @Transactional
  public void voidPeriod(@PatientId UUID patientId, UUID id, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new InvalidInputException("reason", "is required: 1 to 500 characters");
    }
    String author =
        jdbc.sql("select recorded_by from treatment_period where id = :id and patient_id = :p")
            .param("id", id)
            .param("p", patientId)
            .query(String.class)
            .optional()
            .orElse(null);
    if (author != null && !AccessPolicy.mayAmend(author)) {
      // A patient voids her own periods, never one a clinician recorded.
      throw new AccessDeniedException("only the entry's author or a clinician may void it");
    }
    int rows =
        jdbc.sql(
                """
            update treatment_period set voided_at = now(), voided_by = :by, void_reason = :r
             where id = :id and patient_id = :p and voided_at is null""")
            .param("by", CurrentUser.username())
            .param("r", reason.strip())
            .param("id", id)
            .param("p", patientId)
            .update();
    if (rows == 0) {
      throw new NotFoundException("DERM-0404", "No such treatment period for this patient");
    }
  }
}
