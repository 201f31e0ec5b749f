package org.openderm.photo;

import org.openderm.system.OpenDermException;

/**
 * An image whose short side is under 64 pixels, too small to show or analyse anything: 422
 * (DERM-0205).
 */
public final class ImageTooSmallException extends OpenDermException {

  ImageTooSmallException(String message) {
    super("DERM-0205", 422, message);
  }

  @Override
  public String title() {
    return "Image too small";
  }
}
