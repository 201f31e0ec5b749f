package org.openderm.decision;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** Small conversions from HAPI R4 types to the decision vocabulary's terms. */
final class FhirCodes {

  private FhirCodes() {}

  static List<Code> codes(CodeableConcept concept) {
    if (concept == null) {
      return List.of();
    }
    return concept.getCoding().stream().map(FhirCodes::code).toList();
  }

  static Code code(Coding c) {
    return new Code(c.getSystem(), c.getCode(), c.getDisplay());
  }

  /** The concept's text, else its first display, else its first code. */
  static String text(CodeableConcept concept) {
    if (concept == null) {
      return "";
    }
    if (concept.hasText()) {
      return concept.getText();
    }
    for (Coding c : concept.getCoding()) {
      if (c.hasDisplay()) {
        return c.getDisplay();
      }
    }
    return concept.getCoding().stream()
        .map(c -> c.getCode())
        .filter(x -> x != null)
        .findFirst()
        .orElse("");
  }

  /** A description of an item that was not understood, for the info card. */
  static String describe(String kind, CodeableConcept concept) {
    String text = text(concept);
    String codes =
        String.join(
            ", ",
            codes(concept).stream()
                .map(c -> (c.system() == null ? "" : c.system() + "|") + c.code())
                .toList());
    if (codes.isEmpty()) {
      return kind + ": " + (text.isEmpty() ? "?" : text);
    }
    return kind + ": " + (text.isEmpty() ? codes : text + " [" + codes + "]");
  }

  static LocalDate date(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The date of an effective[x] or occurrence[x] value (dateTime, or the start of a period). */
  static LocalDate date(Type effective) {
    if (effective instanceof BaseDateTimeType dt && dt.getValue() != null) {
      return LocalDate.of(dt.getYear(), dt.getMonth() + 1, dt.getDay());
    }
    if (effective instanceof Period p && p.hasStart()) {
      return date(p.getStart());
    }
    return null;
  }
}
