package org.openderm.eczema;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides whether a patient "has eczema", for the diary reminders and the flare forecast: an eczema
 * assessment or diary entry (SCORAD, objective SCORAD, PO-SCORAD, EASI or POEM) is stored, or an
 * active atopic dermatitis problem is on the record ({@link EczemaDiagnosis}). A patient followed
 * only for psoriasis, acne or alopecia gets neither eczema reminders nor a forecast.
 */
@Component
class EczemaPatients {

  /**
   * The instruments that measure eczema; PASI, SALT, DLQI, UAS7 do not make a patient eczematous.
   */
  static final Set<String> ECZEMA_INSTRUMENTS =
      Set.of("scorad", "oscorad", "po-scorad", "easi", "poem");

  private final ObjectProvider<EczemaDiagnosis> diagnoses;

  EczemaPatients(ObjectProvider<EczemaDiagnosis> diagnoses) {
    this.diagnoses = diagnoses;
  }

  /** From the patient's current assessments (already read by the caller) and the problem list. */
  boolean hasEczema(UUID patientId, List<Assessment> assessments) {
    if (assessments.stream().anyMatch(a -> ECZEMA_INSTRUMENTS.contains(a.instrument()))) {
      return true;
    }
    return diagnoses.stream().anyMatch(d -> d.recorded(patientId));
  }
}
