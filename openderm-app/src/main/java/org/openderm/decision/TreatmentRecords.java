package org.openderm.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openderm.patient.PatientScoped;

/** The treatments and problems OpenDerm stores for the decision rules, as records. */
public final class TreatmentRecords {

  private TreatmentRecords() {}

  /** A treatment as entered by a clinician. */
  public record NewMedication(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 16) String atc,
      @Size(max = 500) String dosageText,
      @Positive Double intervalDays,
      @Positive Integer supplyDays,
      LocalDate start) {}

  /** A stored treatment; {@code drug} is the vocabulary id when the name or ATC was recognised. */
  public record Medication(
      UUID id,
      UUID patientId,
      String name,
      String drug,
      String atc,
      String dosageText,
      Double intervalDays,
      Integer supplyDays,
      LocalDate start,
      LocalDate end,
      boolean active,
      Instant recordedAt,
      String recordedBy)
      implements PatientScoped {}

  /** A problem (diagnosis) as entered: SNOMED CT or ICD-10 code optional, text required. */
  public record NewProblem(
      @Size(max = 200) String system,
      @Size(max = 64) String code,
      @NotBlank @Size(max = 300) String display,
      Boolean active,
      LocalDate onset) {}

  /** A stored problem; {@code concept} is the vocabulary concept when recognised. */
  public record Problem(
      UUID id,
      UUID patientId,
      String system,
      String code,
      String display,
      String concept,
      boolean active,
      LocalDate onset,
      Instant recordedAt)
      implements PatientScoped {}
}
