package org.openderm.record;

import java.util.List;
import java.util.Map;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;

/**
 * Invalid record input (400, DERM-0001) with, for each field, a short code ({@code required},
 * {@code future}, {@code endBeforeStart}, {@code unit}, {@code range} ...) that the record page
 * turns into a message in the page's language.
 */
public class RecordInputException extends InvalidInputException {

  private final Map<String, String> codes;

  RecordInputException(List<Violation> violations, Map<String, String> codes) {
    super(violations);
    this.codes = Map.copyOf(codes);
  }

  /** Field name to failure code. */
  public Map<String, String> codes() {
    return codes;
  }
}
