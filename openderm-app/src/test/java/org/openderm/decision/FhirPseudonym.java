package org.openderm.decision;

/** The identifier system of pseudonymised FHIR exports, as tests expect it. */
final class FhirPseudonym {
  static final String SYSTEM = "https://openderm.org/fhir/sid/pseudonym";

  private FhirPseudonym() {}
}
