package org.openderm.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.openderm.record.ClinicalRecord.Allergy;
import org.openderm.record.ClinicalRecord.Immunization;
import org.openderm.record.ClinicalRecord.LabResult;
import org.openderm.record.ClinicalRecord.Medication;
import org.openderm.record.ClinicalRecord.Phototype;
import org.openderm.record.ClinicalRecord.PregnancyStatus;
import org.openderm.record.ClinicalRecord.Problem;

/**
 * The clinical record as FHIR R4 resources, one mapping shared by the FHIR export and by the
 * decision rules of the record page (which read these resources exactly as they read a CDS Hooks
 * prefetch): Condition, MedicationStatement (a planned medication is a draft MedicationRequest),
 * Observation (labs with UCUM units; pregnancy status LOINC 82810-3 with its SNOMED CT answer),
 * Immunization (a planned vaccination is a draft MedicationRequest coded in CVX),
 * AllergyIntolerance, and the phototype as an Observation in OpenDerm's code system.
 */
public final class RecordFhir {

  public static final String LOINC = "http://loinc.org";
  public static final String ATC = "http://www.whocc.no/atc";
  public static final String CVX = "http://hl7.org/fhir/sid/cvx";
  public static final String UCUM = "http://unitsofmeasure.org";
  public static final String SNOMED = RecordChecks.SNOMED;
  public static final String PREGNANCY_STATUS = "82810-3";
  public static final String PHOTOTYPE_SYSTEM = "https://openderm.org/fhir/CodeSystem/record";
  public static final String PHOTOTYPE_CODE = "fitzpatrick-phototype";

  /** SNOMED CT answers of LOINC 82810-3 (pregnant, not pregnant, unknown). */
  public static final String PREGNANT = "77386006";

  public static final String NOT_PREGNANT = "60001007";
  public static final String UNKNOWN = "261665006";

  private RecordFhir() {}

  private static DateTimeType day(LocalDate d) {
    return d == null ? null : new DateTimeType(d.toString());
  }

  public static Condition condition(Problem p, Reference subject) {
    Condition c = new Condition().setSubject(subject);
    CodeableConcept code = new CodeableConcept().setText(p.display());
    if (p.code() != null) {
      code.addCoding(new Coding(p.system(), p.code(), p.display()));
    }
    c.setCode(code);
    String status = p.active() ? "active" : "resolved";
    c.setClinicalStatus(
        new CodeableConcept(
            new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", status, null)));
    if (p.onset() != null) {
      c.setOnset(day(p.onset()));
    }
    if (p.resolvedOn() != null) {
      c.setAbatement(day(p.resolvedOn()));
    }
    return c;
  }

  private static CodeableConcept medicationCode(Medication m) {
    CodeableConcept code = new CodeableConcept().setText(m.name());
    if (m.atc() != null) {
      code.addCoding(new Coding(ATC, m.atc(), m.name()));
    }
    return code;
  }

  private static Dosage dosage(Medication m) {
    return dosage(m.dosageText(), m.intervalDays());
  }

  /** A dosage as written, with one dose every {@code intervalDays} days when known. */
  public static Dosage dosage(String text, Double intervalDays) {
    Dosage dosage = new Dosage().setText(text);
    if (intervalDays != null) {
      dosage.setTiming(
          new Timing()
              .setRepeat(
                  new Timing.TimingRepeatComponent()
                      .setFrequency(1)
                      .setPeriod(BigDecimal.valueOf(intervalDays))
                      .setPeriodUnit(Timing.UnitsOfTime.D)));
    }
    return dosage;
  }

  /** A taken, stopped or planned medication as a statement (planned is {@code intended}). */
  public static MedicationStatement statement(Medication m, Reference subject) {
    // A current medication whose planned end has passed is no longer taken.
    boolean ended = m.end() != null && m.end().isBefore(LocalDate.now());
    MedicationStatement.MedicationStatementStatus status =
        switch (m.status()) {
          case "ACTIVE" ->
              ended
                  ? MedicationStatement.MedicationStatementStatus.COMPLETED
                  : MedicationStatement.MedicationStatementStatus.ACTIVE;
          case "PLANNED" -> MedicationStatement.MedicationStatementStatus.INTENDED;
          default -> MedicationStatement.MedicationStatementStatus.COMPLETED;
        };
    MedicationStatement s = new MedicationStatement().setStatus(status).setSubject(subject);
    s.setMedication(medicationCode(m));
    Period period = new Period();
    if (m.start() != null) {
      period.setStartElement(day(m.start()));
    }
    if (m.end() != null) {
      period.setEndElement(day(m.end()));
    }
    if (!period.isEmpty()) {
      s.setEffective(period);
    }
    if (m.dosageText() != null || m.intervalDays() != null) {
      s.addDosage(dosage(m));
    }
    return s;
  }

  /** A planned medication as the order under review a CDS Hooks client would send. */
  public static MedicationRequest order(Medication m, Reference subject) {
    MedicationRequest r =
        new MedicationRequest()
            .setStatus(MedicationRequest.MedicationRequestStatus.DRAFT)
            .setIntent(MedicationRequest.MedicationRequestIntent.PLAN)
            .setSubject(subject);
    r.setMedication(medicationCode(m));
    if (m.start() != null) {
      r.setAuthoredOnElement(day(m.start()));
    }
    if (m.dosageText() != null || m.intervalDays() != null) {
      r.addDosageInstruction(dosage(m));
    }
    if (m.supplyDays() != null) {
      r.getDispenseRequest()
          .setExpectedSupplyDuration(
              (org.hl7.fhir.r4.model.Duration)
                  new org.hl7.fhir.r4.model.Duration()
                      .setValue(m.supplyDays())
                      .setUnit("d")
                      .setSystem(UCUM)
                      .setCode("d"));
    }
    return r;
  }

  public static Observation lab(LabResult l, Reference subject) {
    Observation o =
        new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
    o.addCategory(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category",
                "laboratory",
                "Laboratory")));
    o.setCode(new CodeableConcept(new Coding(LOINC, l.loinc(), l.display())).setText(l.display()));
    o.setEffective(day(l.takenOn()));
    if (l.value() != null) {
      o.setValue(
          new Quantity()
              .setValue(BigDecimal.valueOf(l.value()))
              .setUnit(l.unit())
              .setSystem(UCUM)
              .setCode(l.unit()));
    } else if (l.valueText() != null) {
      o.setValue(new CodeableConcept().setText(l.valueText()));
    }
    if (l.value() != null && l.valueText() != null) {
      o.addNote().setText(l.valueText());
    }
    return o;
  }

  public static Observation pregnancy(PregnancyStatus p, Reference subject) {
    Observation o =
        new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
    o.setCode(
        new CodeableConcept(new Coding(LOINC, PREGNANCY_STATUS, "Pregnancy status"))
            .setText("Pregnancy status"));
    o.setEffective(day(p.observedOn()));
    String code =
        switch (p.status()) {
          case "PREGNANT" -> PREGNANT;
          case "NOT_PREGNANT" -> NOT_PREGNANT;
          default -> UNKNOWN;
        };
    String display =
        switch (p.status()) {
          case "PREGNANT" -> "Pregnant";
          case "NOT_PREGNANT" -> "Not pregnant";
          default -> "Unknown";
        };
    o.setValue(new CodeableConcept(new Coding(SNOMED, code, display)));
    if (p.contraception() != null) {
      o.addNote().setText("Contraception: " + p.contraception());
    }
    return o;
  }

  /** The status of a pregnancy status observation's answer, by SNOMED CT code. */
  public static String pregnancyStatus(String snomedCode) {
    if (PREGNANT.equals(snomedCode)) {
      return "pregnant";
    }
    return NOT_PREGNANT.equals(snomedCode) ? "not-pregnant" : "unknown";
  }

  public static Observation phototype(Phototype p, Reference subject) {
    Observation o =
        new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
    o.setCode(
        new CodeableConcept(
                new Coding(PHOTOTYPE_SYSTEM, PHOTOTYPE_CODE, "Fitzpatrick skin phototype"))
            .setText("Fitzpatrick phototype " + p.roman()));
    o.setValue(new IntegerType(p.value()));
    o.setEffective(new DateTimeType(java.util.Date.from(p.provenance().recordedAt())));
    return o;
  }

  private static CodeableConcept vaccineCode(Immunization i) {
    CodeableConcept code = new CodeableConcept().setText(i.display());
    if (i.cvx() != null) {
      code.addCoding(new Coding(CVX, i.cvx(), i.display()));
    }
    return code;
  }

  public static org.hl7.fhir.r4.model.Immunization immunization(Immunization i, Reference subject) {
    org.hl7.fhir.r4.model.Immunization r =
        new org.hl7.fhir.r4.model.Immunization()
            .setStatus(org.hl7.fhir.r4.model.Immunization.ImmunizationStatus.COMPLETED)
            .setPatient(subject)
            .setVaccineCode(vaccineCode(i));
    r.setOccurrence(day(i.date()));
    if (i.lot() != null) {
      r.setLotNumber(i.lot());
    }
    return r;
  }

  /** A planned vaccination as a draft vaccine order (CVX-coded MedicationRequest). */
  public static MedicationRequest vaccineOrder(Immunization i, Reference subject) {
    MedicationRequest r =
        new MedicationRequest()
            .setStatus(MedicationRequest.MedicationRequestStatus.DRAFT)
            .setIntent(MedicationRequest.MedicationRequestIntent.PLAN)
            .setSubject(subject);
    r.setMedication(vaccineCode(i));
    if (i.date() != null) {
      r.setAuthoredOnElement(day(i.date()));
    }
    return r;
  }

  public static AllergyIntolerance allergy(Allergy a, Reference subject) {
    AllergyIntolerance r = new AllergyIntolerance().setPatient(subject);
    CodeableConcept code = new CodeableConcept().setText(a.substance());
    if (a.code() != null) {
      code.addCoding(new Coding(a.system(), a.code(), a.substance()));
    }
    r.setCode(code);
    r.setType(
        "INTOLERANCE".equals(a.type())
            ? AllergyIntolerance.AllergyIntoleranceType.INTOLERANCE
            : AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
    r.setCriticality(
        AllergyIntolerance.AllergyIntoleranceCriticality.fromCode(
            a.criticality().toLowerCase(Locale.ROOT).replace('_', '-')));
    r.setClinicalStatus(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                a.active() ? "active" : "inactive",
                null)));
    if (a.onset() != null) {
      r.setOnset(day(a.onset()));
    }
    if (a.reaction() != null) {
      r.addReaction().setDescription(a.reaction());
    }
    return r;
  }
}
