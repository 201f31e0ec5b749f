package org.openderm.decision;

import java.sql.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.openderm.patient.Patient;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.RecordFhir;

/**
 * A patient's stored clinical record as the CDS Hooks prefetch an EHR would send, so that the
 * record page's cards come from exactly the mapping the CDS Hooks services use ({@link
 * FhirPatientContextMapper}): problems as Conditions, medications taken as MedicationStatements,
 * labs and pregnancy status as Observations, vaccinations given as Immunizations; planned
 * medications and vaccinations are the orders under review ({@code context.draftOrders}).
 */
final class RecordPrefetch {

  private RecordPrefetch() {}

  static FhirPatientContextMapper.Prefetch of(Patient p, ClinicalRecord r) {
    Reference subject = new Reference("Patient/" + p.id());
    org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
    if (p.birthDate() != null) {
      patient.setBirthDate(Date.valueOf(p.birthDate()));
    }
    patient.setGender(gender(p.sex()));
    Bundle conditions = bundle();
    r.problems().forEach(x -> add(conditions, RecordFhir.condition(x, subject)));
    Bundle medications = bundle();
    Bundle drafts = bundle();
    for (ClinicalRecord.Medication m : r.medications()) {
      if (m.planned()) {
        add(drafts, RecordFhir.order(m, subject));
      } else {
        add(medications, RecordFhir.statement(m, subject));
      }
    }
    Bundle observations = bundle();
    r.labs().forEach(x -> add(observations, RecordFhir.lab(x, subject)));
    r.pregnancy().forEach(x -> add(observations, RecordFhir.pregnancy(x, subject)));
    Bundle immunizations = bundle();
    for (ClinicalRecord.Immunization i : r.immunizations()) {
      if (i.planned()) {
        add(drafts, RecordFhir.vaccineOrder(i, subject));
      } else {
        add(immunizations, RecordFhir.immunization(i, subject));
      }
    }
    return new FhirPatientContextMapper.Prefetch(
        patient,
        conditions,
        medications,
        observations,
        immunizations,
        drafts.hasEntry() ? drafts : null);
  }

  private static Bundle bundle() {
    return new Bundle().setType(Bundle.BundleType.COLLECTION);
  }

  private static void add(Bundle b, Resource r) {
    b.addEntry().setResource(r);
  }

  private static AdministrativeGender gender(String sex) {
    if (sex == null) {
      return AdministrativeGender.UNKNOWN;
    }
    return switch (sex) {
      case "female" -> AdministrativeGender.FEMALE;
      case "male" -> AdministrativeGender.MALE;
      case "other" -> AdministrativeGender.OTHER;
      default -> AdministrativeGender.UNKNOWN;
    };
  }
}
