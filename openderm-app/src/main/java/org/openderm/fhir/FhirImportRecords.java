package org.openderm.fhir;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Media;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;

/** Maps Condition, Observation, Media, Consent and MedicationStatement back to record parts. */
final class FhirImportRecords {

  /** The score instruments of DESIGN §4. */
  static final Set<String> INSTRUMENTS =
      Set.of("scorad", "oscorad", "po-scorad", "easi", "poem", "dlqi", "pasi", "salt", "uas7");

  private static final Set<String> PURPOSES =
      Set.of("CARE", "AI_ANALYSIS", "SHARING", "RESEARCH", "EDUCATION");

  private FhirImportRecords() {}

  static FhirPatientRecord.Problem problem(UUID id, Condition c, ImportChecks checks) {
    checks.subject(c.getSubject(), "subject");
    Coding coding = c.getCode().getCodingFirstRep();
    String display = c.getCode().hasText() ? c.getCode().getText() : coding.getDisplay();
    if (!c.getCode().hasText() && !coding.hasCode()) {
      checks.fail("code", "needs a coding or a text");
    }
    String status = c.getClinicalStatus().getCodingFirstRep().getCode();
    boolean active = status == null || Set.of("active", "recurrence", "relapse").contains(status);
    DateTimeType onset = c.hasOnsetDateTimeType() ? c.getOnsetDateTimeType() : null;
    return new FhirPatientRecord.Problem(
        id,
        coding.hasCode() ? coding.getSystem() : null,
        coding.hasCode() ? coding.getCode() : null,
        display,
        active,
        FhirTypes.localDate(onset));
  }

  static FhirPatientRecord.Score score(UUID id, Observation o, ImportChecks checks) {
    checks.subject(o.getSubject(), "subject");
    String instrument = instrument(o.getCode());
    if (instrument == null) {
      checks.fail(
          "code", "must be an OpenDerm score (" + OpenDermSystems.SCORE + ") or its LOINC code");
    }
    Double value = null;
    if (o.hasValueQuantity() && o.getValueQuantity().hasValue()) {
      value = o.getValueQuantity().getValue().doubleValue();
    } else {
      checks.fail("valueQuantity", "is required (the score)");
    }
    DateTimeType when = o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType() : null;
    checks.require(when, "effectiveDateTime");
    String band =
        o.getInterpretation().stream()
            .flatMap(i -> i.getCoding().stream())
            .filter(c -> OpenDermSystems.SCORE_BAND.equals(c.getSystem()))
            .map(Coding::getCode)
            .findFirst()
            .orElse(null);
    return new FhirPatientRecord.Score(
        id, instrument, value == null ? Double.NaN : value, band, FhirTypes.instant(when));
  }

  /** Whether an Observation's code names an OpenDerm score. */
  static boolean isScore(CodeableConcept code) {
    return instrument(code) != null;
  }

  private static String instrument(CodeableConcept code) {
    for (Coding c : code.getCoding()) {
      if (OpenDermSystems.SCORE.equals(c.getSystem()) && c.hasCode()) {
        String i = c.getCode().toLowerCase(Locale.ROOT);
        return INSTRUMENTS.contains(i) ? i : null;
      }
      if (OpenDermSystems.LOINC.equals(c.getSystem())) {
        for (Map.Entry<String, String> e : OpenDermSystems.SCORE_LOINC.entrySet()) {
          if (e.getValue().equals(c.getCode())) {
            return e.getKey();
          }
        }
      }
    }
    return null;
  }

  static FhirPatientRecord.Photo photo(UUID id, Media m, ImportChecks checks) {
    checks.subject(m.getSubject(), "subject");
    DateTimeType created = m.hasCreatedDateTimeType() ? m.getCreatedDateTimeType() : null;
    checks.require(created, "createdDateTime");
    checks.require(m.getContent().getContentType(), "content.contentType");
    String site = m.hasBodySite() ? m.getBodySite().getText() : null;
    return new FhirPatientRecord.Photo(
        id,
        FhirTypes.instant(created),
        site,
        m.getContent().getContentType(),
        m.getContent().hasData() ? m.getContent().getData() : null);
  }

  static FhirPatientRecord.ConsentDecision consent(UUID id, Consent c, ImportChecks checks) {
    checks.subject(c.getPatient(), "patient");
    checks.require(c.getDateTimeElement().getValue(), "dateTime");
    Consent.ProvisionComponent p = c.getProvision();
    String purpose = p.getPurposeFirstRep().getCode();
    if (purpose == null || !PURPOSES.contains(purpose)) {
      checks.fail("provision.purpose", "must be one of " + PURPOSES);
    }
    if (!p.hasType()) {
      checks.fail("provision.type", "is required (permit or deny)");
    }
    String grantee = p.hasActor() ? p.getActorFirstRep().getReference().getDisplay() : null;
    return new FhirPatientRecord.ConsentDecision(
        id,
        purpose,
        p.getType() == Consent.ConsentProvisionType.PERMIT,
        grantee,
        FhirTypes.instant(c.getDateTimeElement()));
  }

  static FhirPatientRecord.Medication medication(
      UUID id, MedicationStatement s, ImportChecks checks) {
    checks.subject(s.getSubject(), "subject");
    CodeableConcept code =
        s.hasMedicationCodeableConcept() ? s.getMedicationCodeableConcept() : null;
    String atc = null;
    String name = null;
    if (code == null) {
      checks.fail("medicationCodeableConcept", "is required");
    } else {
      atc =
          code.getCoding().stream()
              .filter(c -> OpenDermSystems.ATC.equals(c.getSystem()))
              .map(Coding::getCode)
              .findFirst()
              .orElse(null);
      name = code.hasText() ? code.getText() : code.getCodingFirstRep().getDisplay();
      checks.require(name, "medicationCodeableConcept.text");
    }
    Period period = s.hasEffectivePeriod() ? s.getEffectivePeriod() : new Period();
    var dosage = s.getDosageFirstRep();
    Double interval = null;
    if (dosage.getTiming().getRepeat().hasPeriod()) {
      var r = dosage.getTiming().getRepeat();
      interval =
          r.getPeriod().doubleValue() / (r.hasFrequency() ? Math.max(1, r.getFrequency()) : 1);
    }
    boolean active =
        s.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE
            || s.getStatus() == MedicationStatement.MedicationStatementStatus.INTENDED;
    return new FhirPatientRecord.Medication(
        id,
        name,
        atc,
        dosage.getText(),
        interval,
        FhirTypes.localDate(period.getStartElement()),
        FhirTypes.localDate(period.getEndElement()),
        active);
  }
}
