package org.openderm.patient;

import java.time.Instant;

/**
 * One dated event on the patient's timeline.
 *
 * @param kind a short key; the page shows the label {@code timeline.kind.<kind>}
 * @param text the event, already in the reader's language
 * @param link where to see it, or null
 */
public record TimelineEntry(Instant at, String kind, String text, String link) {}
