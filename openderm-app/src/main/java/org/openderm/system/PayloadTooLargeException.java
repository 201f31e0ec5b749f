package org.openderm.system;

/** A request body over the configured limit: 413 (DERM-0003). */
public class PayloadTooLargeException extends OpenDermException {

  public PayloadTooLargeException() {
    super("DERM-0003", 413, "The request body is larger than this endpoint accepts.");
  }

  @Override
  public String title() {
    return "Payload too large";
  }
}
