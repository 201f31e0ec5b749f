package org.openderm.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.openderm.decision.PatientContext.LabResult;
import org.openderm.decision.PatientContext.Pregnancy;
import org.openderm.decision.PatientContext.Smoking;

/**
 * Reads observations: pregnancy status (LOINC 82810-3), tobacco smoking status (LOINC 72166-2),
 * laboratory results by LOINC (else by the test's name), and score observations (OpenDerm score
 * CodeSystem, or "SALT" named in the code).
 */
final class FhirObservations {

  static final String PREGNANCY_STATUS = "82810-3";
  static final String SMOKING_STATUS = "72166-2";
  static final String SCORE_SYSTEM = "https://openderm.org/fhir/CodeSystem/score";

  private FhirObservations() {}

  static Optional<String> loinc(Observation o) {
    return o.getCode().getCoding().stream()
        .filter(c -> c.getSystem() != null && c.getSystem().contains("loinc") && c.hasCode())
        .map(Coding::getCode)
        .findFirst();
  }

  static LocalDate date(Observation o) {
    LocalDate d = FhirCodes.date(o.getEffective());
    return d != null ? d : FhirCodes.date(o.getIssued());
  }

  static Pregnancy pregnancy(Observation o) {
    String v = answer(o);
    if (v.contains("la15173-0")
        || v.contains("77386006")
        || v.matches(".*\\b(pregnant|enceinte|grossesse)\\b.*")
            && !v.matches(".*\\b(not|non|pas)\\b.*")) {
      return Pregnancy.PREGNANT;
    }
    if (v.contains("la26683-5") || v.contains("60001007") || v.matches(".*\\b(not|non|pas)\\b.*")) {
      return Pregnancy.NOT_PREGNANT;
    }
    return Pregnancy.UNKNOWN;
  }

  static Smoking smoking(Observation o) {
    String v = answer(o);
    if (v.matches(".*(8517006|la15920-4|former|\\bex\\b|ancien|sevre).*")) {
      return Smoking.FORMER;
    }
    if (v.matches(".*(266919005|la18978-9|never|non fumeur|non-fumeur|jamais).*")) {
      return Smoking.NEVER;
    }
    if (v.matches(
        ".*(449868002|428041000124106|77176002|428071000124103|428061000124105|65568007|"
            + "la18976-3|la18977-1|la18981-3|la18982-1|la18979-7|current|smoker|fumeur|fume).*")) {
      return Smoking.CURRENT;
    }
    return Smoking.UNKNOWN;
  }

  /** The answer's codes, displays and text, lower-cased, for the two status observations. */
  private static String answer(Observation o) {
    StringBuilder s = new StringBuilder();
    if (o.hasValueCodeableConcept()) {
      CodeableConcept v = o.getValueCodeableConcept();
      for (Coding c : v.getCoding()) {
        s.append(' ').append(c.getCode()).append(' ').append(c.getDisplay());
      }
      s.append(' ').append(v.getText());
    } else if (o.hasValueStringType()) {
      s.append(o.getValueStringType().getValue());
    } else if (o.hasValueBooleanType()) {
      s.append(o.getValueBooleanType().booleanValue() ? "pregnant smoker" : "not");
    }
    return TextMatcher.fold(s.toString());
  }

  /** The score name (upper case) when this observation is a score, such as {@code SALT}. */
  static Optional<String> scoreName(Observation o) {
    for (Coding c : o.getCode().getCoding()) {
      if (SCORE_SYSTEM.equals(c.getSystem()) && c.hasCode()) {
        return Optional.of(c.getCode().toUpperCase(Locale.ROOT));
      }
    }
    String text = TextMatcher.normalise(FhirCodes.text(o.getCode()));
    if (TextMatcher.containsWords(text, "salt") || text.contains("severity of alopecia tool")) {
      return Optional.of("SALT");
    }
    return Optional.empty();
  }

  /** The observation's numeric value, if it has one. */
  static Optional<Double> number(Observation o) {
    if (o.hasValueQuantity() && o.getValueQuantity().hasValue()) {
      return Optional.of(o.getValueQuantity().getValue().doubleValue());
    }
    if (o.hasValueIntegerType()) {
      return Optional.of(o.getValueIntegerType().getValue().doubleValue());
    }
    return Optional.empty();
  }

  /**
   * A laboratory result of a known group, with its value converted; a value in an unknown unit is
   * kept without its value (the test counts as done) and reported in {@code unrecognised}.
   */
  static Optional<LabResult> lab(
      Observation o, String loinc, Vocabulary vocabulary, List<String> unrecognised) {
    Optional<Vocabulary.LabGroup> group =
        vocabulary
            .labGroup(loinc)
            .or(
                () ->
                    vocabulary.labGroupByName(
                        FhirCodes.codes(o.getCode()), FhirCodes.text(o.getCode())));
    if (group.isEmpty()) {
      return Optional.empty();
    }
    Double value = null;
    if (o.hasValueQuantity() && o.getValueQuantity().hasValue()) {
      Quantity q = o.getValueQuantity();
      String unit = q.hasCode() ? q.getCode() : q.getUnit();
      double raw = q.getValue().doubleValue();
      Optional<Double> converted = LabUnits.normalise(group.get(), raw, unit);
      if (converted.isEmpty()) {
        unrecognised.add(
            "Observation "
                + (loinc == null ? FhirCodes.text(o.getCode()) : loinc)
                + ": "
                + raw
                + " "
                + unit
                + " (unit not understood)");
      }
      value = converted.orElse(null);
    }
    return Optional.of(new LabResult(group.get().id(), loinc, value, date(o)));
  }
}
