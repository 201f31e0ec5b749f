package org.openderm.system.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.openderm.consent.Purpose;
import org.openderm.patient.NewPatient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hugo Lefèvre, 45, many naevi followed on his back: dermoscopy photos of two lesions (three of a
 * naevus, two of a lesion that changed), each stored through the photo quality gate and analysed by
 * the triage model, whose real output is stored and can be reopened. The images are HAM10000
 * dermoscopy images of two lesions of a man's back (lesions HAM_0002030, a naevus, and HAM_0000179,
 * a melanoma; the naevus images pass the photo quality gate, unlike some others; Tschandl P et al.,
 * Sci Data 2018;5:180161, CC BY-NC-SA 4.0), read from the data folder at seed time and never part
 * of the repository.
 */
@Component
@Order(3)
class HugoLefevreStory extends DemoStory {

  /** Image id and body site, in the order they are stored. */
  static final String[][] PHOTOS = {
    {"ISIC_0032916", "Dos, région scapulaire droite : naevus A"},
    {"ISIC_0034225", "Dos, région scapulaire droite : naevus A"},
    {"ISIC_0033756", "Dos, région scapulaire droite : naevus A"},
    {"ISIC_0034046", "Dos, flanc gauche : lésion B (modifiée)"},
    {"ISIC_0032550", "Dos, flanc gauche : lésion B (modifiée)"},
  };

  HugoLefevreStory(DemoKit kit) {
    super(kit);
  }

  @Override
  String key() {
    return "hugo";
  }

  @Override
  NewPatient patient() {
    return new NewPatient("Hugo", "Lefèvre", LocalDate.of(1981, 11, 2), "male", "DEMO-0002");
  }

  @Override
  void seedAccess(UUID patient) {
    kit.consent(patient, Purpose.CARE, null);
    kit.consent(patient, Purpose.AI_ANALYSIS, null);
  }

  @Override
  void seedRecord(UUID patient) {
    kit.problem(
        patient,
        "http://hl7.org/fhir/sid/icd-10",
        "D22.5",
        "Naevus multiples du tronc : surveillance dermoscopique",
        LocalDate.of(2019, 4, 1));
    kit.phototype(patient, 2);
  }

  @Override
  boolean imagesInBackground() {
    return true;
  }

  @Override
  void seedImages(UUID patient) {
    for (String[] photo : PHOTOS) {
      if (!kit.photoWithTriage(patient, photo[0], photo[1])) {
        return; // the data folder is absent: logged once, the rest of the story stands
      }
    }
  }
}
