package org.openderm.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the decision rules know about one patient: a typed snapshot built either from OpenDerm's own
 * records or from a CDS Hooks FHIR prefetch.
 *
 * <p>Every field may be unknown ({@code null} or empty); a rule that needs an unknown fact does not
 * fire. Items that could not be interpreted (an unknown medication code, a lab value in an unknown
 * unit) are listed in {@code unrecognised} so that a card can say what was ignored.
 *
 * @param ageYears age in completed years, or null
 * @param sex administrative sex
 * @param pregnancy the latest pregnancy status
 * @param canBecomePregnant explicit answer when recorded; null lets {@link #pregnancyPossible()}
 *     fall back on sex and age
 * @param diagnoses conditions, active or past (past malignancy still matters)
 * @param medications current treatments and orders under review
 * @param vaccines vaccines given and vaccine orders under review
 * @param labs laboratory results, any order
 * @param smoking tobacco smoking status
 * @param scores latest clinical scores by instrument name in upper case (such as {@code SALT})
 * @param unrecognised human-readable descriptions of inputs that were ignored
 */
public record PatientContext(
    Integer ageYears,
    Sex sex,
    Pregnancy pregnancy,
    Boolean canBecomePregnant,
    List<Diagnosis> diagnoses,
    List<MedicationUse> medications,
    List<VaccineUse> vaccines,
    List<LabResult> labs,
    Smoking smoking,
    Map<String, Double> scores,
    List<String> unrecognised) {

  public PatientContext {
    sex = Objects.requireNonNullElse(sex, Sex.UNKNOWN);
    pregnancy = Objects.requireNonNullElse(pregnancy, Pregnancy.UNKNOWN);
    smoking = Objects.requireNonNullElse(smoking, Smoking.UNKNOWN);
    diagnoses = List.copyOf(Objects.requireNonNullElse(diagnoses, List.of()));
    medications = List.copyOf(Objects.requireNonNullElse(medications, List.of()));
    vaccines = List.copyOf(Objects.requireNonNullElse(vaccines, List.of()));
    labs = List.copyOf(Objects.requireNonNullElse(labs, List.of()));
    scores = Map.copyOf(Objects.requireNonNullElse(scores, Map.of()));
    unrecognised = List.copyOf(Objects.requireNonNullElse(unrecognised, List.of()));
  }

  /** A context where nothing is known. */
  public static PatientContext empty() {
    return new PatientContext(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Whether this patient could become pregnant: the recorded answer when there is one, else true
   * when pregnant, else a female aged 12 to 55, false for a male, and null (unknown) otherwise. The
   * age band is a screening default, not a clinical judgement: record the answer to override it.
   */
  public Boolean pregnancyPossible() {
    if (canBecomePregnant != null) {
      return canBecomePregnant;
    }
    if (pregnancy == Pregnancy.PREGNANT) {
      return true;
    }
    if (sex == Sex.MALE) {
      return false;
    }
    if (sex == Sex.FEMALE && ageYears != null) {
      return ageYears >= 12 && ageYears <= 55;
    }
    return sex == Sex.FEMALE ? Boolean.TRUE : null;
  }

  /** Administrative sex. */
  public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
  }

  /** Latest recorded pregnancy status. */
  public enum Pregnancy {
    PREGNANT,
    NOT_PREGNANT,
    UNKNOWN
  }

  /** Tobacco smoking status; {@code FORMER} counts for the EMA "past long-time smokers". */
  public enum Smoking {
    CURRENT,
    FORMER,
    NEVER,
    UNKNOWN
  }

  /** Whether a treatment or vaccine is taken/given already, or only ordered (under review). */
  public enum Status {
    ACTIVE,
    DRAFT
  }

  /**
   * A condition recognised as a concept of the vocabulary.
   *
   * @param concept vocabulary concept id (such as {@code malignancy}), or null when unrecognised
   * @param text what the source said (code display or free text)
   * @param active false for a resolved or past condition
   */
  public record Diagnosis(String concept, String text, boolean active) {}

  /**
   * A medication taken or ordered.
   *
   * @param drug vocabulary drug id (the English INN, such as {@code baricitinib})
   * @param text what the source said
   * @param status taken already or ordered now
   * @param intervalDays days between doses (1 = daily, 7 = weekly), null when not stated
   * @param start first day of treatment, null when unknown
   * @param supplyDays days covered by the prescription, null when not stated
   * @param doseMg the dose taken each time, in mg, null when not stated
   */
  public record MedicationUse(
      String drug,
      String text,
      Status status,
      Double intervalDays,
      LocalDate start,
      Integer supplyDays,
      Double doseMg) {

    /** A medication whose dose is not stated. */
    public MedicationUse(
        String drug,
        String text,
        Status status,
        Double intervalDays,
        LocalDate start,
        Integer supplyDays) {
      this(drug, text, status, intervalDays, start, supplyDays, null);
    }

    /** The dose per day in mg, when both the dose and the interval are stated. */
    public Double dailyDoseMg() {
      return doseMg == null || intervalDays == null || intervalDays <= 0
          ? null
          : doseMg / intervalDays;
    }
  }

  /**
   * A vaccine given ({@code ACTIVE}) or ordered ({@code DRAFT}).
   *
   * @param vaccine vocabulary vaccine id
   * @param text what the source said
   * @param live whether it is a live attenuated vaccine
   * @param status given or ordered
   * @param date when given, null for an order or when unknown
   */
  public record VaccineUse(
      String vaccine, String text, boolean live, Status status, LocalDate date) {}

  /**
   * A laboratory result, normalised to the unit of its vocabulary group.
   *
   * @param group vocabulary lab group (such as {@code platelets}), or null when unrecognised
   * @param loinc the LOINC code as received
   * @param value the value in the group's unit, null for a result without a number (a screening
   *     test counts as done)
   * @param date when it was taken
   */
  public record LabResult(String group, String loinc, Double value, LocalDate date) {}
}
