package org.openderm.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a clinician gives to register a patient. */
public record NewPatient(
    @NotBlank @Size(max = 100) String givenName,
    @NotBlank @Size(max = 100) String familyName,
    @NotNull @Past LocalDate birthDate,
    @NotNull
        @Pattern(regexp = "female|male|other|unknown", message = "female, male, other or unknown")
        String sex,
    @Size(max = 64) String externalId) {}
