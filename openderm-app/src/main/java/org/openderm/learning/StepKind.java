package org.openderm.learning;

/** The reasoning steps of a clinical case, in the order a clinician takes them. */
public enum StepKind {
  DIAGNOSIS,
  DIFFERENTIAL,
  NEXT_EXAM,
  MANAGEMENT,
}
