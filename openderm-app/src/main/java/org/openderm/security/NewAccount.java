package org.openderm.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What an administrator gives to create an account. */
public record NewAccount(
    @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "3 to 64 of a-z 0-9 . _ -")
        String username,
    @NotBlank @Size(max = 200) String displayName,
    @NotBlank @Size(min = 12, max = 200, message = "at least 12 characters") String password,
    @NotNull Role role,
    Specialty specialty,
    UUID patientId) {}
