package org.openderm.assistant;

/**
 * One knowledge-base article an answer draws on.
 *
 * @param articleId the article's stable id, the same in both languages
 * @param title the article's title in the answer's language
 * @param source the article's references (guidelines, labels, papers), separated by {@code "; "}
 */
public record Citation(String articleId, String title, String source) {}
