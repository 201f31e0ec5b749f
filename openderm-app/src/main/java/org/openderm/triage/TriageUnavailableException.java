package org.openderm.triage;

import org.openderm.system.OpenDermException;

/** The lesion model cannot be loaded or run: 503, DERM-0301. */
public class TriageUnavailableException extends OpenDermException {

  public TriageUnavailableException(String message, Throwable cause) {
    super("DERM-0301", 503, message, cause);
  }

  @Override
  public String title() {
    return "Lesion triage unavailable";
  }
}
