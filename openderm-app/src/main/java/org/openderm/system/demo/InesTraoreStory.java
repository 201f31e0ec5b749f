package org.openderm.system.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.openderm.consent.Purpose;
import org.openderm.patient.NewPatient;
import org.openderm.record.ClinicalRecord.NewMedication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Inès Traoré, an infant with atopic dermatitis (born 16 months ago): her mother keeps the
 * PO-SCORAD diary from the {@code parent} account four or five days a week; the dermatologist
 * scores SCORAD with the whole-body extent percentage (the infant body-surface table is not used,
 * see InfantExtentNotConfirmedException). Emollients, hydrocortisone cream in flares; her GP is on
 * the care team.
 */
@Component
@Order(2)
class InesTraoreStory extends DemoStory {

  static final String ACCOUNT = "parent";
  static final int DAYS = 90;

  InesTraoreStory(DemoKit kit) {
    super(kit);
  }

  @Override
  String key() {
    return "ines";
  }

  @Override
  NewPatient patient() {
    return new NewPatient(
        "Inès", "Traoré", kit.today().minusMonths(16).withDayOfMonth(14), "female", "DEMO-0003");
  }

  @Override
  void seedAccess(UUID patient) {
    kit.consent(patient, Purpose.CARE, null);
    kit.consent(patient, Purpose.AI_ANALYSIS, null);
    kit.careTeam(patient, "gp");
    kit.patientAccount(ACCOUNT, "Awa Traoré (mère d'Inès)", patient);
  }

  @Override
  void seedRecord(UUID patient) {
    LocalDate today = kit.today();
    kit.problem(
        patient,
        "http://snomed.info/sct",
        "24079001",
        "Dermatite atopique du nourrisson",
        today.minusMonths(12));
    kit.medication(
        patient,
        new NewMedication(
            "Émollient", "D02AX", "matin et soir après le bain", 0.5, null, today.minusMonths(11)),
        null);
    kit.medication(
        patient,
        new NewMedication(
            "Hydrocortisone crème 1 %",
            "D07AA02",
            "une fois par jour sur les plaques, 7 jours en cas de poussée",
            1.0,
            null,
            today.minusDays(40)),
        today.minusDays(33));
    kit.vaccination(
        patient, "03", "Rougeole-oreillons-rubéole (ROR), 1re dose", today.minusMonths(4));
  }

  @Override
  void seedCourse(UUID patient) {
    Random random = new Random(2);
    for (int daysAgo = DAYS; daysAgo >= 0; daysAgo--) {
      if (daysAgo > 0 && random.nextDouble() < 0.35) {
        continue;
      }
      // Mild, a flare around six weeks ago, treated, then quiet again.
      double base =
          daysAgo > 46 ? 18 : daysAgo > 40 ? 18 + 3.0 * (46 - daysAgo) : 36 - 0.6 * (40 - daysAgo);
      double score = Math.max(4, Math.max(14, base) + random.nextGaussian() * 2.5);
      kit.diaryScore(
          ACCOUNT,
          patient,
          "po-scorad",
          kit.at(daysAgo, 19, 45),
          DemoInputs.scorad(Math.round(score * 10) / 10.0),
          daysAgo == 41 ? "Joues et plis des coudes très rouges, elle se gratte la nuit." : null);
    }
    for (int daysAgo : new int[] {85, 41, 12}) {
      double extent = daysAgo == 41 ? 30 : 12;
      kit.visitScore(
          patient,
          "scorad",
          kit.at(daysAgo, 11, 15),
          DemoInputs.scoradWithExtent(daysAgo == 41 ? 38 : 20, extent),
          daysAgo == 41 ? "Poussée : hydrocortisone crème 7 jours, émollients renforcés." : null);
    }
  }
}
