package org.openderm.system.fhir;

import ca.uhn.fhir.context.FhirContext;

/**
 * Holds the one HAPI {@link FhirContext} for FHIR R4 in this process.
 *
 * <p>A {@code FhirContext} is expensive to build (it scans the model classes) and thread-safe once
 * built, so OpenDerm makes exactly one: plain-Java code takes it from {@link #r4()}, Spring code
 * gets the same instance as a bean from {@link FhirConfiguration}.
 */
public final class Fhir {

  private Fhir() {}

  /** The process-wide FHIR R4 context. */
  public static FhirContext r4() {
    return Holder.CONTEXT;
  }

  private static final class Holder {
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
  }
}
