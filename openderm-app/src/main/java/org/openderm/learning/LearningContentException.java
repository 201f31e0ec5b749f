package org.openderm.learning;

import java.util.List;
import org.openderm.system.OpenDermException;
import org.openderm.system.Violation;

/**
 * The learning module's own content (cases, class guides) is broken: 500 (DERM-0604). Raised at
 * start-up, so that a bad content file stops the server instead of showing learners half a case.
 */
public class LearningContentException extends OpenDermException {

  private final List<Violation> violations;

  LearningContentException(String file, List<Violation> violations) {
    super(
        "DERM-0604", 500, file + ": " + violations.size() + " schema violation(s): " + violations);
    this.violations = List.copyOf(violations);
  }

  LearningContentException(String file, Throwable cause) {
    super("DERM-0604", 500, file + ": unreadable: " + cause.getMessage(), cause);
    this.violations = List.of();
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String title() {
    return "Learning content is invalid";
  }
}
