package org.openderm.decision;

import java.util.UUID;
import org.openderm.eczema.EczemaDiagnosis;
import org.springframework.stereotype.Component;

/**
 * Tells the eczema diary whether an active atopic dermatitis problem is on the patient's problem
 * list (recognised as the vocabulary concept {@code atopic-dermatitis}: SNOMED CT, ICD-10 L20 or
 * its name in French or English).
 */
@Component
class ProblemListEczemaDiagnosis implements EczemaDiagnosis {

  static final String CONCEPT = "atopic-dermatitis";

  private final TreatmentService treatments;

  ProblemListEczemaDiagnosis(TreatmentService treatments) {
    this.treatments = treatments;
  }

  @Override
  public boolean recorded(UUID patientId) {
    return treatments.problems(patientId).stream()
        .anyMatch(p -> p.active() && CONCEPT.equals(p.concept()));
  }
}
