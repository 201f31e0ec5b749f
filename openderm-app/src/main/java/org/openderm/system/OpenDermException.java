package org.openderm.system;

import java.util.Objects;

/**
 * The root of every error OpenDerm reports on purpose.
 *
 * <p>Each subclass stands for one meaning, carries a stable code ({@code DERM-nnnn}) that API
 * clients and tests rely on, and the HTTP status it maps to. Plain Java, so that the clinical math
 * and the ML code can throw it without Spring. The message must never contain patient data: it goes
 * into the API's {@code detail} and may reach logs.
 */
public abstract class OpenDermException extends RuntimeException {

  private final String code;
  private final int status;

  protected OpenDermException(String code, int status, String message) {
    this(code, status, message, null);
  }

  protected OpenDermException(String code, int status, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code);
    this.status = status;
  }

  /** The stable error code, such as {@code DERM-0001}. */
  public String code() {
    return code;
  }

  /** The HTTP status this error maps to. */
  public int status() {
    return status;
  }

  /** A short title for the problem, constant for a given code. */
  public abstract String title();

  /**
   * Seconds after which the same request may succeed (sent as {@code Retry-After}); 0 when sending
   * it again would not help.
   */
  public int retryAfterSeconds() {
    return 0;
  }
}
