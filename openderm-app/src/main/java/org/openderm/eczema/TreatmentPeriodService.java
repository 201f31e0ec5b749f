package org.openderm.eczema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openderm.audit.Action;
import org.openderm.patient.Capability;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.ClinicalRecordService;
import org.openderm.system.Dates;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment periods of a patient, for the course chart: a view over the clinical record's one
 * medication list (a period is a medication with its start and stop dates), so the chart and the
 * record never disagree. Recording a period records a medication; access-checked and audited.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class TreatmentPeriodService {

  private final ClinicalRecordService records;
  private final Dates dates;

  TreatmentPeriodService(ClinicalRecordService records, Dates dates) {
    this.records = records;
    this.dates = dates;
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
    boolean ended = endedOn != null && !endedOn.isAfter(LocalDate.now(dates.zone()));
    ClinicalRecord.Medication m =
        records.addMedication(
            patientId,
            new ClinicalRecord.NewMedication(
                label.strip(),
                null,
                null,
                null,
                null,
                startedOn,
                endedOn,
                ended ? "stopped" : "active"));
    return period(m);
  }

  /** The patient's periods (medications with a start date, not voided), earliest first. */
  @PatientData(action = Action.R, resource = "treatment")
  @Transactional
  public List<TreatmentPeriod> list(@PatientId UUID patientId) {
    return records.medications(patientId).stream()
        .filter(m -> m.start() != null && !m.planned())
        .sorted(
            Comparator.comparing(ClinicalRecord.Medication::start)
                .thenComparing(m -> m.provenance().recordedAt()))
        .map(TreatmentPeriodService::period)
        .toList();
  }

  private static TreatmentPeriod period(ClinicalRecord.Medication m) {
    return new TreatmentPeriod(
        m.id(),
        m.patientId(),
        m.name(),
        m.start(),
        m.end(),
        m.provenance().recordedAt(),
        m.provenance().recordedBy());
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
    records.voidItem(patientId, "medications", id, reason);
  }
}
