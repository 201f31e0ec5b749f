package org.openderm.photo;

import org.openderm.system.OpenDermException;

/**
 * A stored photo that is missing, altered or does not decrypt: a server-side fault, reported as 500
 * with its own code (DERM-0207) so that it is never mistaken for a client error.
 */
public final class PhotoIntegrityException extends OpenDermException {

  PhotoIntegrityException(String message) {
    super("DERM-0207", 500, message);
  }

  @Override
  public String title() {
    return "Stored photo failed its integrity check";
  }
}
