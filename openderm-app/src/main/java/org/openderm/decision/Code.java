package org.openderm.decision;

import java.util.Locale;

/**
 * A coded value as it arrived (FHIR Coding or our own records), with its terminology recognised
 * from the system URI.
 *
 * @param system the code system URI, may be null
 * @param code the code, may be null
 * @param display the human-readable display, may be null
 */
public record Code(String system, String code, String display) {

  /** The terminologies the vocabulary understands. */
  enum Terminology {
    ATC,
    CVX,
    SNOMED,
    ICD10,
    LOINC,
    OTHER
  }

  /** Which terminology the system URI names. */
  Terminology terminology() {
    String s = system == null ? "" : system.toLowerCase(Locale.ROOT);
    if (s.contains("atc")) {
      return Terminology.ATC;
    }
    if (s.contains("cvx")) {
      return Terminology.CVX;
    }
    if (s.contains("snomed")) {
      return Terminology.SNOMED;
    }
    if (s.contains("icd-10")
        || s.contains("icd10")
        || s.contains("cim-10")
        || s.contains("cim10")) {
      return Terminology.ICD10;
    }
    if (s.contains("loinc")) {
      return Terminology.LOINC;
    }
    if (s.isEmpty() && code != null && code.trim().matches("[A-Za-z]\\d\\d[A-Za-z]{2}\\d\\d")) {
      return Terminology.ATC;
    }
    return Terminology.OTHER;
  }

  /** The code trimmed and upper-cased, or the empty string. */
  String normalisedCode() {
    return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
  }

  /** A short description for a card: the display, else system|code. */
  String describe() {
    if (display != null && !display.isBlank()) {
      return code == null ? display : display + " (" + code + ")";
    }
    return (system == null ? "" : system + "|") + (code == null ? "?" : code);
  }
}
