package org.openderm.photo;

import org.openderm.system.OpenDermException;

/**
 * The image header declares more pixels than the cap (40 MP by default), or a side longer than the
 * cap, as decompression bombs do; refused before decoding: 422 (DERM-0202).
 */
public final class ImageDimensionsException extends OpenDermException {

  ImageDimensionsException(String message) {
    super("DERM-0202", 422, message);
  }

  @Override
  public String title() {
    return "Image dimensions too large";
  }
}
