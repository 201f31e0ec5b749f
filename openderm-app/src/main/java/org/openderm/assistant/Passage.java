package org.openderm.assistant;

import java.util.Set;

/**
 * One retrievable unit: a section of an article (its heading and text).
 *
 * @param article the article it belongs to
 * @param heading the section heading
 * @param text the section text, Markdown kept
 * @param terms the analyzed terms of the passage, its heading and its article's title and topics
 */
record Passage(Article article, String heading, String text, Set<String> terms) {}
