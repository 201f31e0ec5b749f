package org.openderm.system.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.openderm.patient.NewPatient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camille Roux, 36, alopecia areata spreading over five months: SALT from 24 to 58 at the visits,
 * DLQI alongside, no systemic treatment yet, so the alopecia card (SALT 50 or more, no JAK
 * inhibitor) fires.
 */
@Component
@Order(4)
class AlopeciaAreataStory extends DemoStory {

  static final int[][] SALT = {{150, 24}, {105, 33}, {60, 46}, {10, 58}};

  AlopeciaAreataStory(DemoKit kit) {
    super(kit);
  }

  @Override
  String key() {
    return "camille";
  }

  @Override
  NewPatient patient() {
    return new NewPatient("Camille", "Roux", LocalDate.of(1990, 7, 22), "female", "DEMO-0004");
  }

  @Override
  void seedRecord(UUID patient) {
    kit.problem(
        patient,
        "http://snomed.info/sct",
        "68225006",
        "Pelade en plaques multiples",
        kit.today().minusMonths(7));
  }

  @Override
  void seedCourse(UUID patient) {
    for (int[] visit : SALT) {
      kit.visitScore(
          patient,
          "salt",
          kit.at(visit[0], 9, 30),
          DemoInputs.salt(visit[1]),
          visit[0] == 10
              ? "Extension occipitale et temporale ; discuter un traitement systémique."
              : null);
      kit.visitScore(
          patient, "dlqi", kit.at(visit[0], 9, 45), DemoInputs.dlqi(6 + visit[1] / 6), null);
    }
  }
}
