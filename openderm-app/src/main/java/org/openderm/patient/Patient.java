package org.openderm.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A patient's identity and clinical header, as shown to those who may see it. */
public record Patient(
    UUID id,
    String givenName,
    String familyName,
    LocalDate birthDate,
    String sex,
    String externalId,
    Instant createdAt,
    String createdBy,
    int version)
    implements PatientScoped {

  @Override
  public UUID patientId() {
    return id;
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** Age in whole years today. */
  public int age() {
    return ageOn(LocalDate.now());
  }
}
