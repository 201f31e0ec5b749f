package org.openderm.photo;

import org.openderm.system.OpenDermException;

/**
 * Every decode permit stayed taken for the configured wait: 503 (DERM-0209) with {@code
 * Retry-After}. Nothing was stored; the same upload may simply be sent again.
 */
public final class PhotoServerBusyException extends OpenDermException {

  /** Seconds a client should wait before sending the photo again. */
  static final int RETRY_AFTER_SECONDS = 5;

  PhotoServerBusyException() {
    super(
        "DERM-0209",
        503,
        "Too many photos are being processed at once; nothing was stored. Send it again in a few"
            + " seconds.");
  }

  @Override
  public String title() {
    return "Server busy";
  }

  @Override
  public int retryAfterSeconds() {
    return RETRY_AFTER_SECONDS;
  }
}
