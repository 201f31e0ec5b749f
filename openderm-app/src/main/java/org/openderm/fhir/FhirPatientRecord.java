package org.openderm.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openderm.record.ClinicalRecord;

/**
 * One patient's record as OpenDerm exchanges it in FHIR R4: the input of the export and the output
 * of the import. Independent of how features store their rows, so that the mappers stay pure.
 *
 * @param person identity (or pseudonym) of the patient
 * @param problems diagnoses (FHIR Condition)
 * @param scores clinical scores (FHIR Observation)
 * @param photos photos, without their pixels (FHIR Media)
 * @param consents consent decisions per purpose (FHIR Consent)
 * @param medications treatments (FHIR MedicationStatement)
 * @param triage lesion triage results (FHIR DiagnosticReport)
 * @param audit accesses to the record (FHIR AuditEvent)
 * @param clinical the rest of the clinical record: labs and pregnancy status (Observation),
 *     vaccinations (Immunization), allergies (AllergyIntolerance), phototype (Observation); its
 *     problems and medications lists are not used (they are {@code problems} and {@code
 *     medications} above)
 */
public record FhirPatientRecord(
    Person person,
    List<Problem> problems,
    List<Score> scores,
    List<Photo> photos,
    List<ConsentDecision> consents,
    List<Medication> medications,
    List<Triage> triage,
    List<Audit> audit,
    ClinicalRecord clinical) {

  public FhirPatientRecord(
      Person person,
      List<Problem> problems,
      List<Score> scores,
      List<Photo> photos,
      List<ConsentDecision> consents,
      List<Medication> medications,
      List<Triage> triage,
      List<Audit> audit) {
    this(person, problems, scores, photos, consents, medications, triage, audit, null);
  }

  public FhirPatientRecord {
    Objects.requireNonNull(person, "person");
    problems = List.copyOf(Objects.requireNonNullElse(problems, List.of()));
    scores = List.copyOf(Objects.requireNonNullElse(scores, List.of()));
    photos = List.copyOf(Objects.requireNonNullElse(photos, List.of()));
    consents = List.copyOf(Objects.requireNonNullElse(consents, List.of()));
    medications = List.copyOf(Objects.requireNonNullElse(medications, List.of()));
    triage = List.copyOf(Objects.requireNonNullElse(triage, List.of()));
    audit = List.copyOf(Objects.requireNonNullElse(audit, List.of()));
    clinical =
        Objects.requireNonNullElse(
            clinical,
            new ClinicalRecord(
                person.id(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null));
  }

  /** Whether the export names the patient or carries only a keyed pseudonym. */
  public enum IdentityMode {
    IDENTITY,
    PSEUDONYM
  }

  /**
   * The patient. In a pseudonymised record only {@code pseudonym}, the birth year (as 1 January)
   * and sex are kept.
   */
  public record Person(
      UUID id,
      String pseudonym,
      String givenName,
      String familyName,
      LocalDate birthDate,
      String sex,
      String externalId) {}

  /** A diagnosis: code (SNOMED CT, ICD-10 or text only), active or resolved, onset. */
  public record Problem(
      UUID id, String system, String code, String display, boolean active, LocalDate onset) {}

  /** A score: instrument id (such as {@code scorad}), value, band name, when taken. */
  public record Score(UUID id, String instrument, double value, String band, Instant takenAt) {}

  /**
   * A photo's metadata and, only when an export asks for them, its pixels.
   *
   * @param data the sanitised JPEG, or null (the default: metadata only, the image stays behind the
   *     API)
   */
  public record Photo(UUID id, Instant takenAt, String bodySite, String contentType, byte[] data) {

    /** Metadata only. */
    public Photo(UUID id, Instant takenAt, String bodySite, String contentType) {
      this(id, takenAt, bodySite, contentType, null);
    }

    /** This photo without its pixels. */
    public Photo withoutData() {
      return new Photo(id, takenAt, bodySite, contentType);
    }

    // Records compare arrays by reference; a photo is the same photo when its bytes are equal.
    @Override
    public boolean equals(Object o) {
      return o instanceof Photo p
          && Objects.equals(id, p.id)
          && Objects.equals(takenAt, p.takenAt)
          && Objects.equals(bodySite, p.bodySite)
          && Objects.equals(contentType, p.contentType)
          && java.util.Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, takenAt, bodySite, contentType, java.util.Arrays.hashCode(data));
    }

    @Override
    public String toString() {
      return "Photo[id="
          + id
          + ", takenAt="
          + takenAt
          + ", bodySite="
          + bodySite
          + ", bytes="
          + (data == null ? 0 : data.length)
          + "]";
    }
  }

  /** A consent decision for one purpose ({@code CARE}, {@code AI_ANALYSIS}...). */
  public record ConsentDecision(
      UUID id, String purpose, boolean granted, String grantee, Instant recordedAt) {}

  /** A treatment: name, ATC code, dosage text, days between doses, period, still taken. */
  public record Medication(
      UUID id,
      String name,
      String atc,
      String dosageText,
      Double intervalDays,
      LocalDate start,
      LocalDate end,
      boolean active) {}

  /** A triage result: photo, model, abstention, referral urgency, probability per class. */
  public record Triage(
      UUID id,
      Instant at,
      UUID photoId,
      String model,
      boolean abstained,
      String referral,
      Map<String, Double> probabilities) {
    public Triage {
      probabilities = Map.copyOf(Objects.requireNonNullElse(probabilities, Map.of()));
    }
  }

  /** An audit row: who, role, action C/R/U/D/E, what, outcome, purpose, when. */
  public record Audit(
      UUID id,
      Instant at,
      String actor,
      String role,
      String action,
      String resource,
      boolean success,
      String purpose) {}
}
