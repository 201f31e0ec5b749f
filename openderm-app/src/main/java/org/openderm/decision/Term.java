package org.openderm.decision;

/**
 * A fact argument that is itself a word to translate, such as a laboratory group's name.
 *
 * @param key the message key under {@code decision.} in {@code i18n/decision*.properties}
 */
record Term(String key) {}
