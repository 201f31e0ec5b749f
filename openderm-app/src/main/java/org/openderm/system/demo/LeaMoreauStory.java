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
 * Léa Moreau, 32, adult atopic dermatitis: six months of PO-SCORAD diary on most days with a weekly
 * POEM, the dermatologist's SCORAD at each visit. Dupilumab helped, then a flare three months ago
 * and a partial response led to a switch to abrocitinib four and a half weeks ago, whose 4-week
 * blood count is not recorded (the JAK monitoring card fires). She shares her diary with her GP and
 * allows AI analysis (forecast, triage); she has the {@code patient} account.
 */
@Component
@Order(1)
class LeaMoreauStory extends DemoStory {

  static final String ACCOUNT = "patient";
  static final int DAYS = 182;
  static final int DUPILUMAB_START = 168;
  static final int DUPILUMAB_STOP = 42;
  static final int ABROCITINIB_START = 32;

  LeaMoreauStory(DemoKit kit) {
    super(kit);
  }

  @Override
  String key() {
    return "lea";
  }

  @Override
  NewPatient patient() {
    return new NewPatient("Léa", "Moreau", LocalDate.of(1994, 3, 12), "female", "DEMO-0001");
  }

  @Override
  void seedAccess(UUID patient) {
    kit.consent(patient, Purpose.CARE, null);
    kit.consent(patient, Purpose.AI_ANALYSIS, null);
    kit.consent(patient, Purpose.SHARING, "gp");
    kit.patientAccount(ACCOUNT, "Léa Moreau", patient);
  }

  @Override
  void seedRecord(UUID patient) {
    LocalDate today = kit.today();
    kit.problem(
        patient,
        "http://snomed.info/sct",
        "24079001",
        "Dermatite atopique de l'adulte",
        LocalDate.of(2001, 5, 1));
    kit.medication(
        patient,
        new NewMedication(
            "Dupilumab 300 mg",
            "D11AH05",
            "300 mg en sous-cutané toutes les 2 semaines",
            14.0,
            null,
            today.minusDays(DUPILUMAB_START)),
        today.minusDays(DUPILUMAB_STOP));
    kit.medication(
        patient,
        new NewMedication(
            "Abrocitinib 100 mg",
            "D11AH08",
            "100 mg par voie orale une fois par jour",
            1.0,
            30,
            today.minusDays(ABROCITINIB_START)),
        null);
    kit.medication(
        patient,
        new NewMedication(
            "Émollient", "D02AX", "deux fois par jour sur tout le corps", 0.5, null, null),
        null);
    kit.medication(
        patient,
        new NewMedication(
            "Bétaméthasone crème 0,05 %",
            "D07AC01",
            "une fois par jour sur les plaques pendant la poussée",
            1.0,
            null,
            today.minusDays(80)),
        today.minusDays(66));
    // Screening before abrocitinib, six days before the start: hepatitis C serology was not done,
    // and the 4-week blood count is not recorded (the JAK monitoring card fires).
    LocalDate screening = today.minusDays(ABROCITINIB_START + 6);
    kit.lab(patient, "71773-6", "QuantiFERON-TB Gold", null, null, "negative", screening);
    kit.lab(patient, "5196-1", "Antigène HBs", null, null, "negative", screening);
    kit.lab(patient, "777-3", "Plaquettes", 245.0, "10*9/L", null, screening);
    kit.lab(patient, "731-0", "Lymphocytes", 1.9, "10*9/L", null, screening);
    kit.lab(patient, "751-8", "Polynucléaires neutrophiles", 3.8, "10*9/L", null, screening);
    kit.lab(patient, "718-7", "Hémoglobine", 13.4, "g/dL", null, screening);
    kit.lab(patient, "2093-3", "Cholestérol total", 4.9, "mmol/L", null, screening);
    kit.vaccination(patient, "43", "Hépatite B (adulte)", LocalDate.of(2012, 9, 15));
    kit.phototype(patient, 2);
  }

  /** The PO-SCORAD course {@code daysAgo} days before today, before day-to-day noise. */
  static double course(int daysAgo) {
    if (daysAgo > DUPILUMAB_START) {
      return 48;
    }
    if (daysAgo > 110) { // response to dupilumab
      return 48 - 26.0 * (DUPILUMAB_START - daysAgo) / (DUPILUMAB_START - 110);
    }
    if (daysAgo > 85) {
      return 22;
    }
    if (daysAgo > 72) { // the flare: up to 60 in two weeks
      return 22 + 38.0 * (85 - daysAgo) / 13;
    }
    if (daysAgo > 55) { // flare plan: down, but not back to the earlier level
      return 60 - 26.0 * (72 - daysAgo) / 17;
    }
    if (daysAgo > ABROCITINIB_START) { // partial response, dupilumab stopped
      return 34 + 4.0 * (55 - daysAgo) / 23;
    }
    return 38 - 20.0 * (ABROCITINIB_START - daysAgo) / ABROCITINIB_START; // abrocitinib
  }

  @Override
  void seedCourse(UUID patient) {
    Random random = new Random(1);
    for (int daysAgo = DAYS; daysAgo >= 0; daysAgo--) {
      boolean flare = daysAgo <= 85 && daysAgo > 55;
      // Most days: a diary entry skipped now and then (less often during the flare).
      if (daysAgo > 0 && random.nextDouble() < (flare ? 0.08 : 0.22)) {
        continue;
      }
      double score = Math.max(3, course(daysAgo) + random.nextGaussian() * 3.5);
      String note =
          switch (daysAgo) {
            case 84 -> "Poussée après un week-end chez des amis qui ont un chat.";
            case 79 -> "Démangeaisons la nuit, je dors mal. Crème de poussée commencée.";
            case 70 -> "Ça commence à se calmer sur les bras.";
            case 30 -> "Nouveau traitement depuis deux jours, un peu de nausées le matin.";
            default -> null;
          };
      kit.diaryScore(
          ACCOUNT,
          patient,
          "po-scorad",
          kit.at(daysAgo, 20, 30),
          DemoInputs.scorad(Math.round(score * 10) / 10.0),
          note);
      if (daysAgo % 7 == 0) {
        kit.diaryScore(
            ACCOUNT,
            patient,
            "poem",
            kit.at(daysAgo, 20, 40),
            DemoInputs.poem((int) Math.round(score / 3.6)),
            null);
      }
    }
    // The dermatologist's SCORAD at each visit (slightly above the patient's own score).
    int[] visits = {175, 130, 90, 74, 42, 14};
    for (int daysAgo : visits) {
      kit.visitScore(
          patient,
          "scorad",
          kit.at(daysAgo, 10, 0),
          DemoInputs.scorad(course(daysAgo) + 4),
          daysAgo == 74
              ? "Poussée : eczéma des plis et du cou, surinfection écartée."
              : daysAgo == 42 ? "Réponse partielle au dupilumab : relais par abrocitinib." : null);
    }
  }
}
