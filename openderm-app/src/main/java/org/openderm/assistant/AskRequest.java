package org.openderm.assistant;

/**
 * The body of {@code POST /api/v1/assistant/ask}.
 *
 * @param question the question, 1 to {@value AssistantService#MAX_QUESTION} characters
 * @param language {@code fr} or {@code en}; guessed from the question when absent
 */
record AskRequest(String question, String language) {}
