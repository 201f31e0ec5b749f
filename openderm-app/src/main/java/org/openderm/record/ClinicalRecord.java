package org.openderm.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openderm.patient.PatientScoped;

/**
 * A patient's clinical record at one moment: the lists a dermatologist keeps (problems, one
 * medication list, lab results, vaccinations, allergies, pregnancy status, phototype), each item as
 * its current version. The decision rules, the FHIR export and the record page read it.
 *
 * @param pregnancy pregnancy status observations, newest first
 * @param phototype the current Fitzpatrick phototype, or null when not recorded
 */
public record ClinicalRecord(
    UUID patientId,
    List<Problem> problems,
    List<Medication> medications,
    List<LabResult> labs,
    List<Immunization> immunizations,
    List<Allergy> allergies,
    List<PregnancyStatus> pregnancy,
    Phototype phototype) {

  /** The latest pregnancy status observation, if any. */
  public Optional<PregnancyStatus> latestPregnancy() {
    return pregnancy.stream().findFirst();
  }

  /** Who recorded an item and, when voided, when, by whom and why. */
  public record Provenance(
      int version,
      Instant recordedAt,
      String recordedBy,
      Instant voidedAt,
      String voidedBy,
      String voidReason) {
    public boolean voided() {
      return voidedAt != null;
    }
  }

  /**
   * A problem (diagnosis) as entered.
   *
   * @param system {@code http://snomed.info/sct} or {@code http://hl7.org/fhir/sid/icd-10} (short
   *     names {@code snomed}, {@code icd-10} accepted), null with a free-text problem
   * @param active false when resolved
   * @param resolvedOn when it resolved, only for a resolved problem
   */
  public record NewProblem(
      String system,
      String code,
      String display,
      Boolean active,
      LocalDate onset,
      LocalDate resolvedOn) {
    public NewProblem(String system, String code, String display, Boolean active, LocalDate onset) {
      this(system, code, display, active, onset, null);
    }
  }

  /** A stored problem. */
  public record Problem(
      UUID id,
      UUID patientId,
      String system,
      String code,
      String display,
      boolean active,
      LocalDate onset,
      LocalDate resolvedOn,
      Provenance provenance)
      implements PatientScoped {}

  /**
   * A medication as entered: the INN (or product) name, its ATC code, the dose and schedule as
   * written plus the interval between doses in days (1 daily, 7 weekly), and its dates.
   *
   * @param status {@code active} (default), {@code stopped} (needs an end date) or {@code planned}
   *     (an order under review: the decision rules treat it as a draft order)
   */
  public record NewMedication(
      String name,
      String atc,
      String dosageText,
      Double intervalDays,
      Integer supplyDays,
      LocalDate start,
      LocalDate end,
      String status) {
    public NewMedication(
        String name,
        String atc,
        String dosageText,
        Double intervalDays,
        Integer supplyDays,
        LocalDate start) {
      this(name, atc, dosageText, intervalDays, supplyDays, start, null, null);
    }
  }

  /** A stored medication; {@code status} is ACTIVE, STOPPED or PLANNED. */
  public record Medication(
      UUID id,
      UUID patientId,
      String name,
      String atc,
      String dosageText,
      Double intervalDays,
      Integer supplyDays,
      LocalDate start,
      LocalDate end,
      String status,
      Provenance provenance)
      implements PatientScoped {
    /** Taken now (not stopped, not only planned). */
    public boolean active() {
      return "ACTIVE".equals(status);
    }

    public boolean planned() {
      return "PLANNED".equals(status);
    }
  }

  /**
   * A laboratory result as entered.
   *
   * @param loinc the LOINC code
   * @param display the test's name; defaults to the catalogue's for a known code
   * @param value the number, or null for a qualitative result given in {@code valueText}
   * @param unit the UCUM unit; for a known code one of the catalogue's units
   * @param valueText a qualitative result ("negative", "positive")
   */
  public record NewLabResult(
      String loinc,
      String display,
      Double value,
      String unit,
      String valueText,
      LocalDate takenOn) {}

  /** A stored laboratory result. */
  public record LabResult(
      UUID id,
      UUID patientId,
      String loinc,
      String display,
      Double value,
      String unit,
      String valueText,
      LocalDate takenOn,
      Provenance provenance)
      implements PatientScoped {}

  /**
   * A vaccination given ({@code completed}, needs its date) or planned (an order under review).
   *
   * @param cvx the CDC CVX code
   * @param display defaults to the catalogue's name for a known code
   */
  public record NewImmunization(
      String cvx, String display, String status, LocalDate date, String lot) {}

  /** A stored vaccination; {@code status} is COMPLETED or PLANNED. */
  public record Immunization(
      UUID id,
      UUID patientId,
      String cvx,
      String display,
      String status,
      LocalDate date,
      String lot,
      Provenance provenance)
      implements PatientScoped {
    public boolean planned() {
      return "PLANNED".equals(status);
    }
  }

  /**
   * An allergy or intolerance as entered.
   *
   * @param type {@code allergy} or {@code intolerance}
   * @param criticality {@code low}, {@code high} or {@code unable-to-assess}
   */
  public record NewAllergy(
      String substance,
      String system,
      String code,
      String type,
      String reaction,
      String criticality,
      Boolean active,
      LocalDate onset) {}

  /** A stored allergy or intolerance. */
  public record Allergy(
      UUID id,
      UUID patientId,
      String substance,
      String system,
      String code,
      String type,
      String reaction,
      String criticality,
      boolean active,
      LocalDate onset,
      Provenance provenance)
      implements PatientScoped {}

  /**
   * Pregnancy status (LOINC 82810-3) as observed on a date, with the contraception in use.
   *
   * @param status {@code pregnant}, {@code not-pregnant} or {@code unknown}
   */
  public record NewPregnancyStatus(String status, LocalDate observedOn, String contraception) {}

  /** A stored pregnancy status; {@code status} is PREGNANT, NOT_PREGNANT or UNKNOWN. */
  public record PregnancyStatus(
      UUID id,
      UUID patientId,
      String status,
      LocalDate observedOn,
      String contraception,
      Provenance provenance)
      implements PatientScoped {}

  /** The Fitzpatrick phototype, 1 to 6 (shown I to VI). */
  public record Phototype(UUID id, UUID patientId, int value, Provenance provenance)
      implements PatientScoped {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    public String roman() {
      return ROMAN[value - 1];
    }
  }
}
