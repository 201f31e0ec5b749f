package org.openderm.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consent decision as submitted. */
public record ConsentRequest(
    @NotNull Purpose purpose, @NotNull Boolean granted, @Size(max = 64) String grantee) {}
