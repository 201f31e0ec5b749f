package org.openderm.decision;

import java.util.List;
import java.util.UUID;
import org.openderm.eczema.EczemaDiagnosis;
import org.openderm.record.ClinicalRecordService;
import org.springframework.stereotype.Component;

/**
 * Tells the eczema diary whether an active atopic dermatitis problem is on the patient's problem
 * list (recognised as the vocabulary concept {@code atopic-dermatitis}: SNOMED CT, ICD-10 L20 or
 * its name in French or English).
 */
@Component
class ProblemListEczemaDiagnosis implements EczemaDiagnosis {

  static final String CONCEPT = "atopic-dermatitis";

  private final ClinicalRecordService records;
  private final Vocabulary vocabulary;

  ProblemListEczemaDiagnosis(ClinicalRecordService records, DecisionService decisions) {
    this.records = records;
    this.vocabulary = decisions.vocabulary();
  }

  @Override
  public boolean recorded(UUID patientId) {
    return records.problems(patientId).stream()
        .filter(p -> p.active())
        .anyMatch(
            p ->
                vocabulary
                    .concept(
                        p.code() == null
                            ? List.of()
                            : List.of(new Code(p.system(), p.code(), p.display())),
                        p.display())
                    .map(Vocabulary.ConceptEntry::id)
                    .filter(CONCEPT::equals)
                    .isPresent());
  }
}
