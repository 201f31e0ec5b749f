package org.openderm.system;

/**
 * Valid input from which the requested result cannot be computed, for example a POEM with two or
 * more unanswered items: 422 (DERM-0010).
 */
public class NotComputableException extends OpenDermException {

  public NotComputableException(String message) {
    super("DERM-0010", 422, message);
  }

  @Override
  public String title() {
    return "Not computable";
  }
}
