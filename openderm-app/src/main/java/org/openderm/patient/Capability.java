package org.openderm.patient;

/**
 * What a {@link PatientData} method does to a record, as the access policy ({@link AccessPolicy},
 * docs/SECURITY.md) names it. A method names every capability that lets a caller run it; one is
 * enough.
 */
public enum Capability {
  /** See the record: identity, entries, photos, results, consents, care team. */
  READ,
  /** Write a patient-reported entry: diary, questionnaire, photo of one's own skin. */
  WRITE_PATIENT_ENTRY,
  /** Write a clinician entry: visit assessment, medication, problem, photo, card decision. */
  WRITE_CLINICAL,
  /** Comment on a shared record: an assessment with a note (the record's only comment form). */
  COMMENT,
  /** Correct or void one entry; a patient only those she wrote herself. */
  AMEND_ENTRY,
  /** Void the whole record. */
  VOID_RECORD,
  /** Record a consent decision, SHARING with a named clinician included. */
  SHARE,
  /** Take the record out of the server: FHIR bundle, PDF report. */
  EXPORT,
  /** Add a clinician to the care team. */
  MANAGE_CARE_TEAM,
  /** Change the patient's identity (name, birth date, sex, external id). */
  EDIT_IDENTITY,
  /** Ask the AI about the record's photos. */
  AI
}
