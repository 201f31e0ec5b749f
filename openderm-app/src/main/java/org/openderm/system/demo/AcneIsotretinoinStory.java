package org.openderm.system.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.openderm.patient.NewPatient;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Chloé Bernard, 21, nodular acne on isotretinoin for three months under the pregnancy prevention
 * programme, with a combined oral contraceptive; no pregnancy test is recorded this month, so the
 * isotretinoin cards (pregnancy prevention, monthly test) fire. DLQI improving.
 */
@Component
@Order(5)
class AcneIsotretinoinStory extends DemoStory {

  AcneIsotretinoinStory(DemoKit kit) {
    super(kit);
  }

  @Override
  String key() {
    return "chloe";
  }

  @Override
  NewPatient patient() {
    return new NewPatient("Chloé", "Bernard", LocalDate.of(2005, 4, 3), "female", "DEMO-0005");
  }

  @Override
  void seedRecord(UUID patient) {
    LocalDate today = kit.today();
    kit.problem(
        patient, "http://snomed.info/sct", "11381005", "Acné nodulaire", today.minusYears(4));
    kit.medication(
        patient,
        new NewMedication(
            "Isotrétinoïne 20 mg",
            "D10BA01",
            "20 mg par jour au cours d'un repas",
            1.0,
            30,
            today.minusDays(92)),
        null);
    kit.medication(
        patient,
        new NewMedication(
            "Éthinylestradiol / lévonorgestrel",
            "G03AA07",
            "un comprimé par jour, en continu",
            1.0,
            null,
            today.minusDays(130)),
        null);
    // Pregnancy prevention programme: tests before the start and monthly, the last one 40 days
    // ago, so this month's test is due.
    for (int daysAgo : new int[] {95, 68, 40}) {
      kit.lab(
          patient,
          "2106-3",
          "Test de grossesse (hCG urinaire)",
          null,
          null,
          "negative",
          today.minusDays(daysAgo));
    }
    kit.lab(patient, "1742-6", "ALAT", 22.0, "U/L", null, today.minusDays(95));
    kit.lab(patient, "2093-3", "Cholestérol total", 4.4, "mmol/L", null, today.minusDays(95));
    kit.pregnancyStatus(
        patient, "NOT_PREGNANT", today.minusDays(40), "pilule œstroprogestative (continue)");
    kit.phototype(patient, 3);
  }

  @Override
  void seedCourse(UUID patient) {
    int[][] dlqi = {{95, 15}, {60, 9}, {28, 5}};
    for (int[] visit : dlqi) {
      kit.visitScore(patient, "dlqi", kit.at(visit[0], 14, 0), DemoInputs.dlqi(visit[1]), null);
    }
  }
}
