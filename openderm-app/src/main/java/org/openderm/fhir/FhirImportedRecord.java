package org.openderm.fhir;

import java.util.UUID;
import org.openderm.record.ClinicalRecord;
import org.openderm.record.ClinicalRecordService;

/** Stores an imported bundle's labs, pregnancy statuses, vaccinations, allergies and phototype. */
final class FhirImportedRecord {

  private FhirImportedRecord() {}

  /** Stores each item through the record's service (checked there again); returns the count. */
  static int store(ClinicalRecordService records, UUID patientId, ClinicalRecord r) {
    int n = 0;
    for (ClinicalRecord.LabResult l : r.labs()) {
      records.addLab(
          patientId,
          new ClinicalRecord.NewLabResult(
              l.loinc(), l.display(), l.value(), l.unit(), l.valueText(), l.takenOn()));
      n++;
    }
    for (ClinicalRecord.PregnancyStatus p : r.pregnancy()) {
      records.recordPregnancyStatus(
          patientId,
          new ClinicalRecord.NewPregnancyStatus(p.status(), p.observedOn(), p.contraception()));
      n++;
    }
    for (ClinicalRecord.Immunization i : r.immunizations()) {
      records.addImmunization(
          patientId,
          new ClinicalRecord.NewImmunization(i.cvx(), i.display(), i.status(), i.date(), i.lot()));
      n++;
    }
    for (ClinicalRecord.Allergy a : r.allergies()) {
      records.addAllergy(
          patientId,
          new ClinicalRecord.NewAllergy(
              a.substance(),
              a.system(),
              a.code(),
              a.type(),
              a.reaction(),
              a.criticality(),
              a.active(),
              a.onset()));
      n++;
    }
    if (r.phototype() != null) {
      records.setPhototype(patientId, r.phototype().value());
      n++;
    }
    return n;
  }
}
