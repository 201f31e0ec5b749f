package org.openderm.system;

/**
 * A resource that does not exist, or that the caller may not know exists: 404.
 *
 * <p>Access checks on patient data answer with this too, so that a caller without a care
 * relationship cannot tell an unknown id from a forbidden one.
 */
public class NotFoundException extends OpenDermException {

  public NotFoundException(String code, String message) {
    super(code, 404, message);
  }

  public NotFoundException(String message) {
    this("DERM-0004", message);
  }

  @Override
  public String title() {
    return "Not found";
  }
}
