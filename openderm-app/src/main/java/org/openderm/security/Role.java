package org.openderm.security;

/** What an account may do (DESIGN §5). */
public enum Role {
  /** Sees and writes their own record only. */
  PATIENT,
  /** Reaches patients through a care relationship; has a {@link Specialty}. */
  CLINICIAN,
  /** The learning module only; no patient data. */
  LEARNER,
  /** Users and audit; no clinical data. */
  ADMIN
}
