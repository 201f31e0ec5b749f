package org.openderm.learning;

import java.util.Set;

/**
 * A case in the case list.
 *
 * @param id the case id
 * @param topic its topic
 * @param tags its tags
 * @param title its title
 * @param steps how many steps it has
 * @param due whether one of its steps is due for this learner
 */
public record CaseSummary(
    String id, String topic, Set<String> tags, Text title, int steps, boolean due) {}
