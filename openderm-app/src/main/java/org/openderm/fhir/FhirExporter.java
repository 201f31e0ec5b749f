package org.openderm.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Media;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.openderm.fhir.FhirPatientRecord.IdentityMode;
import org.openderm.fhir.FhirPatientRecord.Person;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.RecordFhir;

/**
 * Maps a {@link FhirPatientRecord} to a FHIR R4 {@code collection} Bundle: Patient, Condition,
 * Observation (scores), Media (photos), Consent, MedicationStatement, DiagnosticReport (triage),
 * AuditEvent, and the clinical record's Observation (labs, pregnancy status, phototype),
 * Immunization (a planned one as a draft MedicationRequest) and AllergyIntolerance. Resources link
 * by {@code urn:uuid:} full URLs. Pure: no I/O, no clock.
 */
final class FhirExporter {

  private FhirExporter() {}

  static Bundle export(FhirPatientRecord record, IdentityMode mode) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Patient patient = patient(record.person(), mode);
    UUID patientUuid = UUID.fromString(patient.getIdElement().getIdPart());
    add(bundle, patient, patientUuid);
    // One Reference per resource: HAPI elements are mutable and must not be shared.
    String subject = FhirTypes.urn(patientUuid);
    record.problems().forEach(p -> add(bundle, condition(p, ref(subject)), p.id()));
    record.scores().forEach(s -> add(bundle, score(s, ref(subject)), s.id()));
    record.photos().forEach(p -> add(bundle, media(p, ref(subject)), p.id()));
    record.consents().forEach(c -> add(bundle, FhirExportRecords.consent(c, ref(subject)), c.id()));
    record
        .medications()
        .forEach(m -> add(bundle, FhirExportRecords.medication(m, ref(subject)), m.id()));
    record.triage().forEach(t -> add(bundle, FhirExportRecords.triage(t, ref(subject)), t.id()));
    record.audit().forEach(a -> add(bundle, FhirExportRecords.audit(a, ref(subject)), a.id()));
    ClinicalRecord clinical = record.clinical();
    clinical.labs().forEach(l -> add(bundle, RecordFhir.lab(l, ref(subject)), l.id()));
    clinical.pregnancy().forEach(p -> add(bundle, RecordFhir.pregnancy(p, ref(subject)), p.id()));
    clinical
        .immunizations()
        .forEach(
            i ->
                add(
                    bundle,
                    i.planned()
                        ? RecordFhir.vaccineOrder(i, ref(subject))
                        : RecordFhir.immunization(i, ref(subject)),
                    i.id()));
    clinical.allergies().forEach(a -> add(bundle, RecordFhir.allergy(a, ref(subject)), a.id()));
    if (clinical.phototype() != null) {
      add(
          bundle,
          RecordFhir.phototype(clinical.phototype(), ref(subject)),
          clinical.phototype().id());
    }
    return bundle;
  }

  private static Reference ref(String url) {
    return new Reference(url);
  }

  private static void add(Bundle bundle, Resource resource, UUID id) {
    resource.setId(id.toString());
    bundle.addEntry().setFullUrl(FhirTypes.urn(id)).setResource(resource);
  }

  static Patient patient(Person person, IdentityMode mode) {
    Patient p = new Patient();
    if (person.sex() != null) {
      p.setGender(AdministrativeGender.fromCode(person.sex().toLowerCase(java.util.Locale.ROOT)));
    }
    if (mode == IdentityMode.PSEUDONYM) {
      if (person.pseudonym() == null) {
        throw new IllegalArgumentException("a pseudonymised export needs a pseudonym");
      }
      p.setId(FhirTypes.pseudonymUuid(person.pseudonym()).toString());
      p.addIdentifier().setSystem(OpenDermSystems.PSEUDONYM).setValue(person.pseudonym());
      if (person.birthDate() != null) {
        p.setBirthDateElement(FhirTypes.date(person.birthDate().withDayOfYear(1)));
      }
      return p;
    }
    p.setId(person.id().toString());
    p.addName().setFamily(person.familyName()).addGiven(person.givenName());
    p.setBirthDateElement(FhirTypes.date(person.birthDate()));
    if (person.externalId() != null) {
      p.addIdentifier().setSystem(OpenDermSystems.EXTERNAL_ID).setValue(person.externalId());
    }
    return p;
  }

  static Condition condition(FhirPatientRecord.Problem problem, Reference subject) {
    Condition c = new Condition().setSubject(subject);
    CodeableConcept code = new CodeableConcept().setText(problem.display());
    if (problem.code() != null) {
      code.addCoding(new Coding(problem.system(), problem.code(), problem.display()));
    }
    c.setCode(code);
    c.setClinicalStatus(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical",
                problem.active() ? "active" : "resolved",
                null)));
    if (problem.onset() != null) {
      c.setOnset(new org.hl7.fhir.r4.model.DateTimeType(problem.onset().toString()));
    }
    return c;
  }

  static Observation score(FhirPatientRecord.Score score, Reference subject) {
    Observation o =
        new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
    o.addCategory(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
    CodeableConcept code =
        new CodeableConcept().setText(score.instrument().toUpperCase(java.util.Locale.ROOT));
    String loinc = OpenDermSystems.SCORE_LOINC.get(score.instrument());
    if (loinc != null) {
      code.addCoding(new Coding(OpenDermSystems.LOINC, loinc, null));
    }
    code.addCoding(new Coding(OpenDermSystems.SCORE, score.instrument(), null));
    o.setCode(code);
    o.setEffective(FhirTypes.dateTime(score.takenAt()));
    o.setValue(
        new Quantity()
            .setValue(score.value())
            .setUnit("{score}")
            .setSystem("http://unitsofmeasure.org")
            .setCode("{score}"));
    if (score.band() != null) {
      o.addInterpretation(
          new CodeableConcept(new Coding(OpenDermSystems.SCORE_BAND, score.band(), null)));
    }
    return o;
  }

  static Media media(FhirPatientRecord.Photo photo, Reference subject) {
    Media m = new Media().setStatus(Media.MediaStatus.COMPLETED).setSubject(subject);
    m.setType(
        new CodeableConcept(
            new Coding("http://terminology.hl7.org/CodeSystem/media-type", "image", "Image")));
    m.setCreated(FhirTypes.dateTime(photo.takenAt()));
    if (photo.bodySite() != null) {
      m.setBodySite(new CodeableConcept().setText(photo.bodySite()));
    }
    m.getContent().setContentType(photo.contentType()).setTitle("photo " + photo.id());
    if (photo.data() != null) {
      m.getContent().setData(photo.data()).setSize(photo.data().length);
    }
    return m;
  }
}
