package org.openderm.eczema;

import java.time.Instant;
import java.util.UUID;
import org.openderm.patient.PatientScoped;
import tools.jackson.databind.JsonNode;

/**
 * A stored severity assessment (one version of it).
 *
 * @param id the assessment's id, the same across its versions
 * @param version 1 for the first record, + 1 for each edit
 * @param instrument the instrument's id, such as {@code po-scorad}
 * @param instrumentVersion the published definition used (see {@link Instrument#version()})
 * @param takenAt when the assessment was made
 * @param input the request's input, as given
 * @param score the computed score
 * @param max the instrument's maximum
 * @param band the band and band set in force when it was recorded
 * @param components the score's parts
 * @param note free text, or null
 * @param recordedBy who recorded this version
 * @param recordedRole the recorder's role ({@code PATIENT}, {@code CLINICIAN/DERMATOLOGIST} ...)
 */
public record Assessment(
    UUID id,
    int version,
    UUID patientId,
    String instrument,
    String instrumentVersion,
    Instant takenAt,
    JsonNode input,
    double score,
    int max,
    ScoreBand band,
    JsonNode components,
    String note,
    Instant recordedAt,
    String recordedBy,
    String recordedRole)
    implements PatientScoped {}
