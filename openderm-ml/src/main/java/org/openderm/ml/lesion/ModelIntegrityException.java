package org.openderm.ml.lesion;

/**
 * The lesion model's files are missing, unreadable or do not match their recorded SHA-256: the
 * model must not be used, and the application must not start with it.
 */
public final class ModelIntegrityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with a message naming the file and what is wrong. */
  public ModelIntegrityException(String message) {
    super(message);
  }

  /** A failure caused by an I/O or engine error. */
  public ModelIntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
