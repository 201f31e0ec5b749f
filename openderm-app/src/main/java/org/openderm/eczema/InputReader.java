package org.openderm.eczema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openderm.eczema.instrument.Range;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads instrument items from a JSON request, collecting every problem before failing.
 *
 * <p>Each read returns {@code null} when the value is missing or invalid and records a violation
 * naming the field's path and what it allows; {@link #throwIfInvalid()} then reports them all at
 * once (400). Values are never clamped.
 */
final class InputReader {

  private final List<Violation> violations = new ArrayList<>();

  /** A required number in {@code range}, at {@code parent.name}. */
  BigDecimal number(JsonNode parent, String name, String path, Range range) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || node.isMissingNode()) {
      fail(path, "is required: " + range.describe());
      return null;
    }
    return value(node, path, range);
  }

  /** An optional number: {@code null} without a violation when absent. */
  BigDecimal optionalNumber(JsonNode parent, String name, String path, Range range) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return value(node, path, range);
  }

  /** Validates one JSON value against {@code range}. */
  BigDecimal value(JsonNode node, String path, Range range) {
    // 1e309 parses as an infinite double, which no decimal holds: refused like any bad number.
    if (!node.isNumber()
        || (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()))) {
      fail(path, "must be " + range.describe());
      return null;
    }
    BigDecimal value = node.decimalValue();
    if (!range.allows(value)) {
      fail(path, "must be " + range.describe());
      return null;
    }
    return value;
  }

  /** A required JSON object at {@code parent.name}. */
  JsonNode object(JsonNode parent, String name, String path, String what) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull() || node.isMissingNode()) {
      fail(path, "is required: " + what);
      return null;
    }
    if (!node.isObject()) {
      fail(path, "must be an object: " + what);
      return null;
    }
    return node;
  }

  /** A required JSON array of exactly {@code size} elements at {@code parent.name}. */
  JsonNode array(JsonNode parent, String name, int size, String what) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || !node.isArray() || node.size() != size) {
      fail(name, "must be an array of exactly " + size + " " + what);
      return null;
    }
    return node;
  }

  /** Records a violation for every property of {@code object} not in {@code allowed}. */
  void rejectUnknown(JsonNode object, String path, Collection<String> allowed) {
    if (object == null) {
      return;
    }
    for (String name : object.propertyNames()) {
      if (!allowed.contains(name)) {
        fail(path + "." + name, "is not a known field; known: " + String.join(", ", allowed));
      }
    }
  }

  /** Records a violation. */
  void fail(String path, String message) {
    violations.add(new Violation(path, message));
  }

  /** Whether no violation was recorded so far. */
  boolean valid() {
    return violations.isEmpty();
  }

  /** Throws {@link InvalidInputException} listing every violation, if there is any. */
  void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /** Requires the request body to be a JSON object. */
  static void requireObject(JsonNode input) {
    if (input == null || !input.isObject()) {
      throw new InvalidInputException("", "the request body must be a JSON object");
    }
  }
}
