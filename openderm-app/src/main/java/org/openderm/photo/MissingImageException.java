package org.openderm.photo;

import org.openderm.system.OpenDermException;

/** No image was sent, or the file is empty: 400 (DERM-0200). */
public final class MissingImageException extends OpenDermException {

  MissingImageException(String message) {
    super("DERM-0200", 400, message);
  }

  @Override
  public String title() {
    return "No image";
  }
}
