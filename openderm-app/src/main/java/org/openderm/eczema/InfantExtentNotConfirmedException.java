package org.openderm.eczema;

import org.openderm.system.OpenDermException;

/**
 * SCORAD extent by region for a child under 2 years: 422 (DERM-0402).
 *
 * <p>The official SCORAD form uses a separate body-surface table below 2 years. We could not
 * confirm its values from a source, so rather than guess we refuse per-region extent at that age;
 * the assessor can give the total {@code extentPercent} read from the official form instead.
 */
public class InfantExtentNotConfirmedException extends OpenDermException {

  InfantExtentNotConfirmedException() {
    super(
        "DERM-0402",
        422,
        "Extent by region is not computed under 2 years: the SCORAD infant body-surface table is"
            + " not confirmed in OpenDerm. Give extentPercent (whole-body percentage) instead.");
  }

  @Override
  public String title() {
    return "Infant body-surface table not confirmed";
  }
}
