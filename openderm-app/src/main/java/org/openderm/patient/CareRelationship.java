package org.openderm.patient;

import java.time.Instant;
import java.util.UUID;

/** A clinician's tie to a patient: creator, care team, shared by the patient, or break-glass. */
public record CareRelationship(
    long id,
    UUID patientId,
    String username,
    String displayName,
    String kind,
    String reason,
    Instant startedAt,
    String startedBy,
    Instant expiresAt)
    implements PatientScoped {}
