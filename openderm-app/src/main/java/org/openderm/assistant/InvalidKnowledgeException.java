package org.openderm.assistant;

import org.openderm.system.OpenDermException;

/**
 * A knowledge-base or safety data file breaks its schema (DERM-0700, 500).
 *
 * <p>Raised while loading, so a malformed article or rule stops the assistant from starting rather
 * than answering from half a knowledge base.
 */
public class InvalidKnowledgeException extends OpenDermException {

  public InvalidKnowledgeException(String file, String message) {
    super("DERM-0700", 500, file + ": " + message);
  }

  public InvalidKnowledgeException(String file, String message, Throwable cause) {
    super("DERM-0700", 500, file + ": " + message, cause);
  }

  @Override
  public String title() {
    return "Invalid knowledge base";
  }
}
