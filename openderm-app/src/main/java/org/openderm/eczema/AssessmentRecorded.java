package org.openderm.eczema;

import java.time.Instant;
import java.util.UUID;

/**
 * Published after an assessment (or a new version of it) is stored, for features that follow the
 * course (forecast, alerts). Listeners run in the recording transaction unless they say otherwise.
 */
public record AssessmentRecorded(
    UUID patientId,
    UUID assessmentId,
    int version,
    String instrument,
    Instant takenAt,
    double score) {}
