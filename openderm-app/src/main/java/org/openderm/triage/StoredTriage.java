package org.openderm.triage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.openderm.patient.PatientScoped;

/**
 * A stored triage result of a patient's photo.
 *
 * @param imageSha256 the analysed image's SHA-256 (the image itself is not kept by triage)
 * @param photoId the stored photo analysed, or null when the image was uploaded for triage alone
 * @param probabilities calibrated probability per HAM10000 class code
 */
public record StoredTriage(
    long id,
    UUID patientId,
    Instant at,
    String imageSha256,
    UUID photoId,
    boolean abstained,
    String abstainReason,
    String referral,
    Double malignancyRisk,
    Map<String, Double> probabilities,
    String model,
    String createdBy)
    implements PatientScoped {

  /** The most probable class code, or null when the model gave no probabilities. */
  public String topClass() {
    return probabilities.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
