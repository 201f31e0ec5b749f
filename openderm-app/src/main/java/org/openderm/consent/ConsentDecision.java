package org.openderm.consent;

import java.time.Instant;
import java.util.UUID;
import org.openderm.patient.PatientScoped;

/**
 * One recorded consent decision; the latest version per (purpose, grantee) is in force.
 *
 * @param grantee the clinician's username for SHARING, empty otherwise
 */
public record ConsentDecision(
    UUID patientId,
    Purpose purpose,
    String grantee,
    boolean granted,
    int version,
    Instant recordedAt,
    String recordedBy)
    implements PatientScoped {}
