package org.openderm.system.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.openderm.patient.NewPatient;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Thomas Garnier, 54, plaque psoriasis on weekly methotrexate with folic acid for five months: PASI
 * from 16 down to 4, DLQI alongside; no blood count or liver and kidney tests recorded in the last
 * three months, so the methotrexate monitoring card fires ("labs due").
 */
@Component
@Order(6)
class PsoriasisMethotrexateStory extends DemoStory {

  /** Days ago, area %, erythema, induration, desquamation, DLQI. */
  static final int[][] VISITS = {
    {150, 20, 3, 2, 2, 14}, {110, 15, 2, 2, 2, 10}, {60, 10, 2, 1, 1, 6}, {15, 5, 1, 1, 1, 3}
  };

  PsoriasisMethotrexateStory(DemoKit kit) {
    super(kit);
  }

  @Override
  String key() {
    return "thomas";
  }

  @Override
  NewPatient patient() {
    return new NewPatient("Thomas", "Garnier", LocalDate.of(1972, 9, 15), "male", "DEMO-0006");
  }

  @Override
  void seedRecord(UUID patient) {
    LocalDate today = kit.today();
    kit.problem(
        patient,
        "http://snomed.info/sct",
        "9014002",
        "Psoriasis en plaques",
        LocalDate.of(2008, 1, 1));
    kit.medication(
        patient,
        new NewMedication(
            "Méthotrexate 15 mg",
            "L04AX03",
            "15 mg par semaine, le lundi, par voie orale",
            7.0,
            28,
            today.minusDays(150)),
        null);
    kit.medication(
        patient,
        new NewMedication(
            "Acide folique 5 mg",
            "B03BB01",
            "5 mg par semaine, le jeudi (à distance du méthotrexate)",
            7.0,
            28,
            today.minusDays(150)),
        null);
    // Baseline and first monitoring labs; nothing in the last three months (the card fires).
    LocalDate baseline = today.minusDays(156);
    kit.lab(patient, "5196-1", "Antigène HBs", null, null, "negative", baseline);
    kit.lab(patient, "16128-1", "Anticorps anti-VHC", null, null, "negative", baseline);
    for (LocalDate on : new LocalDate[] {baseline, today.minusDays(110)}) {
      kit.lab(patient, "777-3", "Plaquettes", 262.0, "10*9/L", null, on);
      kit.lab(patient, "751-8", "Polynucléaires neutrophiles", 4.1, "10*9/L", null, on);
      kit.lab(patient, "718-7", "Hémoglobine", 14.6, "g/dL", null, on);
      kit.lab(patient, "1742-6", "ALAT", 31.0, "U/L", null, on);
      kit.lab(patient, "2160-0", "Créatinine", 84.0, "umol/L", null, on);
    }
    kit.phototype(patient, 2);
  }

  @Override
  void seedCourse(UUID patient) {
    for (int[] v : VISITS) {
      kit.visitScore(
          patient, "pasi", kit.at(v[0], 16, 0), DemoInputs.pasi(v[1], v[2], v[3], v[4]), null);
      kit.visitScore(patient, "dlqi", kit.at(v[0], 16, 10), DemoInputs.dlqi(v[5]), null);
    }
  }
}
