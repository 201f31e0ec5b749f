package org.openderm.system;

/**
 * One invalid input field and what is wrong with it.
 *
 * @param field the field's path in the request, such as {@code intensity.erythema}
 * @param message what is allowed, such as {@code must be between 0 and 3}
 */
public record Violation(String field, String message) {}
