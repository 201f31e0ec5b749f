package org.openderm.photo;

import org.openderm.system.OpenDermException;

/**
 * The file is not a JPEG or PNG image by its first bytes, whatever its name or declared type: 415
 * (DERM-0203).
 */
public final class UnsupportedImageFormatException extends OpenDermException {

  UnsupportedImageFormatException(String message) {
    super("DERM-0203", 415, message);
  }

  @Override
  public String title() {
    return "Unsupported image format";
  }
}
