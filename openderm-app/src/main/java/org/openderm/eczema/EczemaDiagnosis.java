package org.openderm.eczema;

import java.util.UUID;

/**
 * Whether the patient's problem list holds an active atopic dermatitis (eczema) problem. The
 * feature that keeps the problem list implements it (today the decision feature's problems), so
 * that the eczema diary need not read another feature's tables.
 */
public interface EczemaDiagnosis {

  /** True when an active atopic dermatitis problem is recorded for the patient. */
  boolean recorded(UUID patientId);
}
