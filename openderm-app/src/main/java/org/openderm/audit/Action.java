package org.openderm.audit;

/** What was done to patient data: Create, Read, Update, Delete (void), Execute (export, AI). */
public enum Action {
  C,
  R,
  U,
  D,
  E
}
