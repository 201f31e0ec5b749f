package org.openderm.eczema;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A request to record an assessment: {@code {"instrument", "takenAt", "input": {...}, "note"}}.
 *
 * @param instrument the instrument's id
 * @param takenAt when it was made; null means now
 * @param input the instrument's input (DESIGN §4)
 * @param note free text, optional (at most 2000 characters)
 */
public record NewAssessment(String instrument, Instant takenAt, JsonNode input, String note) {}
