package org.openderm.patient;

/** Why the current user may reach a patient; becomes the audit row's purpose. */
public enum AccessGrant {
  NONE,
  /** A patient account on its own record. */
  OWN_RECORD,
  /** The clinician created the patient or is on the care team. */
  CARE,
  /** The patient shared their record with this clinician (SHARING consent). */
  SHARED,
  /** Emergency access with a stated reason, time-limited. */
  BREAK_GLASS
}
