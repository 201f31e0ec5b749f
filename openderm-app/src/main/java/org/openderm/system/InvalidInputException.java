package org.openderm.system;

import java.util.List;

/** Input that breaks a rule of its schema: 400, listing every invalid field (DERM-0001). */
public class InvalidInputException extends OpenDermException {

  private final List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super("DERM-0001", 400, summary(violations));
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String title() {
    return "Invalid input";
  }

  private static String summary(List<Violation> violations) {
    return violations.size() == 1
        ? violations.get(0).field() + ": " + violations.get(0).message()
        : violations.size() + " fields are invalid";
  }
}
