package org.openderm.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.RecordFhir;

/**
 * Reads the clinical record's resources back (the inverse of {@link RecordFhir}): laboratory
 * Observations, pregnancy status (LOINC 82810-3), the phototype, Immunization, a CVX-coded draft
 * MedicationRequest (a planned vaccination) and AllergyIntolerance. Values are checked again when
 * the import stores them through the record's service.
 */
final class FhirImportClinical {

  final List<ClinicalRecord.LabResult> labs = new ArrayList<>();
  final List<ClinicalRecord.Immunization> immunizations = new ArrayList<>();
  final List<ClinicalRecord.Allergy> allergies = new ArrayList<>();
  final List<ClinicalRecord.PregnancyStatus> pregnancy = new ArrayList<>();
  ClinicalRecord.Phototype phototype;

  ClinicalRecord toRecord(UUID patientId) {
    return new ClinicalRecord(
        patientId, List.of(), List.of(), labs, immunizations, allergies, pregnancy, phototype);
  }

  private static LocalDate day(Type t) {
    return t instanceof BaseDateTimeType d ? localDate(d) : null;
  }

  private static Coding coding(CodeableConcept c, String system) {
    return c.getCoding().stream()
        .filter(x -> system.equals(x.getSystem()))
        .findFirst()
        .orElse(null);
  }

  /** True when the observation belongs to the clinical record (not a score). */
  boolean observation(UUID id, Observation o, ImportChecks checks) {
    Coding loinc = coding(o.getCode(), RecordFhir.LOINC);
    Coding photo = coding(o.getCode(), RecordFhir.PHOTOTYPE_SYSTEM);
    if (photo != null) {
      checks.subject(o.getSubject(), "subject");
      if (!o.hasValueIntegerType()) {
        checks.fail("valueInteger", "is required (phototype 1 to 6)");
        return true;
      }
      phototype = new ClinicalRecord.Phototype(id, null, o.getValueIntegerType().getValue(), null);
      return true;
    }
    if (loinc == null || FhirImportRecords.isScore(o.getCode())) {
      return false;
    }
    checks.subject(o.getSubject(), "subject");
    if (RecordFhir.PREGNANCY_STATUS.equals(loinc.getCode())) {
      Coding answer =
          o.hasValueCodeableConcept() ? o.getValueCodeableConcept().getCodingFirstRep() : null;
      String status =
          RecordFhir.pregnancyStatus(answer == null ? null : answer.getCode())
              .toUpperCase(Locale.ROOT)
              .replace('-', '_');
      String contraception =
          o.getNote().stream()
              .map(n -> n.getText())
              .filter(t -> t != null && t.startsWith("Contraception: "))
              .map(t -> t.substring("Contraception: ".length()))
              .findFirst()
              .orElse(null);
      pregnancy.add(
          new ClinicalRecord.PregnancyStatus(
              id, null, status, day(o.getEffective()), contraception, null));
      return true;
    }
    Double value = null;
    String unit = null;
    String text = null;
    if (o.hasValueQuantity()) {
      value = o.getValueQuantity().getValue().doubleValue();
      unit =
          o.getValueQuantity().hasCode()
              ? o.getValueQuantity().getCode()
              : o.getValueQuantity().getUnit();
    } else if (o.hasValueCodeableConcept()) {
      text = o.getValueCodeableConcept().getText();
    } else if (o.hasValueStringType()) {
      text = o.getValueStringType().getValue();
    }
    if (o.hasNote() && text == null) {
      text = o.getNoteFirstRep().getText();
    }
    String display = o.getCode().hasText() ? o.getCode().getText() : loinc.getDisplay();
    labs.add(
        new ClinicalRecord.LabResult(
            id, null, loinc.getCode(), display, value, unit, text, day(o.getEffective()), null));
    return true;
  }

  void immunization(UUID id, Immunization i, ImportChecks checks) {
    checks.subject(i.getPatient(), "patient");
    if (i.getStatus() != Immunization.ImmunizationStatus.COMPLETED) {
      return;
    }
    Coding cvx = coding(i.getVaccineCode(), RecordFhir.CVX);
    String display =
        i.getVaccineCode().hasText()
            ? i.getVaccineCode().getText()
            : cvx == null ? null : cvx.getDisplay();
    immunizations.add(
        new ClinicalRecord.Immunization(
            id,
            null,
            cvx == null ? null : cvx.getCode(),
            display,
            "COMPLETED",
            day(i.getOccurrence()),
            i.getLotNumber(),
            null));
  }

  /** True when the request is a planned vaccination (CVX coded). */
  boolean vaccineOrder(UUID id, MedicationRequest r, ImportChecks checks) {
    if (!r.hasMedicationCodeableConcept()) {
      return false;
    }
    CodeableConcept code = r.getMedicationCodeableConcept();
    Coding cvx = coding(code, RecordFhir.CVX);
    if (cvx == null) {
      return false;
    }
    checks.subject(r.getSubject(), "subject");
    immunizations.add(
        new ClinicalRecord.Immunization(
            id,
            null,
            cvx.getCode(),
            code.hasText() ? code.getText() : cvx.getDisplay(),
            "PLANNED",
            localDate(r.getAuthoredOnElement()),
            null,
            null));
    return true;
  }

  void allergy(UUID id, AllergyIntolerance a, ImportChecks checks) {
    checks.subject(a.getPatient(), "patient");
    CodeableConcept code = a.getCode();
    Coding c = code.getCodingFirstRep();
    String substance = code.hasText() ? code.getText() : c.getDisplay();
    if (substance == null) {
      checks.fail("code", "needs a text or a coding display (the substance)");
    }
    String status = a.getClinicalStatus().getCodingFirstRep().getCode();
    allergies.add(
        new ClinicalRecord.Allergy(
            id,
            null,
            substance,
            c.hasCode() ? c.getSystem() : null,
            c.hasCode() ? c.getCode() : null,
            a.getType() == AllergyIntolerance.AllergyIntoleranceType.INTOLERANCE
                ? "INTOLERANCE"
                : "ALLERGY",
            a.hasReaction() ? a.getReactionFirstRep().getDescription() : null,
            a.hasCriticality()
                ? a.getCriticality().toCode().toUpperCase(Locale.ROOT).replace('-', '_')
                : "UNABLE_TO_ASSESS",
            status == null || "active".equals(status),
            day(a.getOnset()),
            null));
  }

  /** A FHIR date or dateTime as a local date (the day as written), or null. */
  static LocalDate localDate(BaseDateTimeType t) {
    if (t == null || t.getValueAsString() == null) {
      return null;
    }
    String s = t.getValueAsString();
    return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
  }
}
