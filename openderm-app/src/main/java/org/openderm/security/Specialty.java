package org.openderm.security;

/** A clinician's specialty. */
public enum Specialty {
  GP,
  DERMATOLOGIST
}
