package org.openderm.learning;

/** What a learner answered: a dermoscopic image, or one step of a clinical case. */
public enum ItemKind {
  IMAGE,
  CASE_STEP,
}
