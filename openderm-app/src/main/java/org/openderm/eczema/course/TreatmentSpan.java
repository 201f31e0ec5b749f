package org.openderm.eczema.course;

import java.time.Instant;

/**
 * A treatment period drawn behind the course line.
 *
 * @param from its first instant
 * @param to its end (exclusive), or now while ongoing
 * @param label what was given
 */
public record TreatmentSpan(Instant from, Instant to, String label) {}
