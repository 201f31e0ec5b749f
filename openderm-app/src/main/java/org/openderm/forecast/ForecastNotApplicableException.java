package org.openderm.forecast;

import org.openderm.system.OpenDermException;

/**
 * The patient's diary has no score on the instrument, so there is nothing of theirs to forecast
 * (DERM-0503, 422): no population fan is drawn for a patient without eczema or without entries.
 */
public class ForecastNotApplicableException extends OpenDermException {

  private final boolean eczema;

  ForecastNotApplicableException(boolean eczema) {
    super(
        "DERM-0503",
        422,
        eczema
            ? "No diary entry on this instrument yet: the forecast starts with the first entries"
            : "No eczema on this patient's record: there is nothing to forecast");
    this.eczema = eczema;
  }

  /** Whether the patient has eczema (then only the entries are missing). */
  public boolean eczema() {
    return eczema;
  }

  @Override
  public String title() {
    return "Nothing to forecast";
  }
}
