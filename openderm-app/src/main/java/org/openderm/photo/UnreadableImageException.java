package org.openderm.photo;

import org.openderm.system.OpenDermException;

/**
 * A JPEG or PNG that cannot be decoded completely: truncated, corrupt, or whose data does not match
 * its header: 422 (DERM-0204).
 */
public final class UnreadableImageException extends OpenDermException {

  UnreadableImageException(String message) {
    super("DERM-0204", 422, message);
  }

  @Override
  public String title() {
    return "Unreadable image";
  }
}
