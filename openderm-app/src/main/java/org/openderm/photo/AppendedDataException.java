package org.openderm.photo;

import org.openderm.system.OpenDermException;

/**
 * A file with bytes after the end of its image (an archive, a script or any other payload hidden
 * behind a valid picture): 422 (DERM-0206).
 */
public final class AppendedDataException extends OpenDermException {

  AppendedDataException(String message) {
    super("DERM-0206", 422, message);
  }

  @Override
  public String title() {
    return "Data appended to the image";
  }
}
