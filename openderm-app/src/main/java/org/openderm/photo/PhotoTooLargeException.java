package org.openderm.photo;

import org.openderm.system.OpenDermException;

/** The file is larger than the configured limit (20 MiB by default): 413 (DERM-0201). */
public final class PhotoTooLargeException extends OpenDermException {

  PhotoTooLargeException(String message) {
    super("DERM-0201", 413, message);
  }

  @Override
  public String title() {
    return "Photo too large";
  }
}
