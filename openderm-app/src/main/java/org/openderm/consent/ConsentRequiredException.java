package org.openderm.consent;

import org.openderm.system.OpenDermException;

/** The patient has not given (or has withdrawn) the consent this action needs: 403, DERM-0102. */
public class ConsentRequiredException extends OpenDermException {

  private final Purpose purpose;

  public ConsentRequiredException(Purpose purpose) {
    super("DERM-0102", 403, "The patient's consent for " + purpose + " is required.");
    this.purpose = purpose;
  }

  public Purpose purpose() {
    return purpose;
  }

  @Override
  public String title() {
    return "Consent required";
  }
}
