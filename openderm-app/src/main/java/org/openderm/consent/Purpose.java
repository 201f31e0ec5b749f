package org.openderm.consent;

/** What a patient may consent to (DESIGN §5). */
public enum Purpose {
  /** Care by the clinic: storing photos and records. */
  CARE,
  /** AI may process the patient's photos; without it no model runs. */
  AI_ANALYSIS,
  /** A named clinician sees the diary ({@code grantee}). */
  SHARING,
  /** Pseudonymised export for research. */
  RESEARCH,
  /** De-identified photos used in teaching. */
  EDUCATION
}
