package org.openderm.eczema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openderm.patient.PatientScoped;

/**
 * A treatment period shown on the course chart (e.g. "Topical tacrolimus 0.1 %").
 *
 * @param endedOn the last day, or null while ongoing
 */
public record TreatmentPeriod(
    UUID id,
    UUID patientId,
    String label,
    LocalDate startedOn,
    LocalDate endedOn,
    Instant recordedAt,
    String recordedBy)
    implements PatientScoped {}
