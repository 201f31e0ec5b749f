package org.openderm.eczema.instrument;

import java.math.BigDecimal;

/**
 * The body regions of the SCORAD form with their share of body surface by the rule of nines for
 * children from 2 years and adults (European Task Force on Atopic Dermatitis, Dermatology
 * 1993;186:23-31): head and neck 9 %, each upper limb 9 %, anterior trunk 18 %, back 18 %, each
 * lower limb 18 %, genitals 1 % (total 100 %).
 *
 * <p>The form also prints a table for children under 2 years (larger head, smaller legs). We could
 * not confirm its values from a source at hand, so it is deliberately not encoded: see {@link
 * Scorad#INFANT_AGE_YEARS}.
 */
public enum ScoradRegion {
  HEAD_NECK("headNeck", 9),
  ANTERIOR_TRUNK("anteriorTrunk", 18),
  BACK("back", 18),
  UPPER_LIMB_LEFT("upperLimbLeft", 9),
  UPPER_LIMB_RIGHT("upperLimbRight", 9),
  LOWER_LIMB_LEFT("lowerLimbLeft", 18),
  LOWER_LIMB_RIGHT("lowerLimbRight", 18),
  GENITALS("genitals", 1);

  private final String key;
  private final BigDecimal percentOfBody;

  ScoradRegion(String key, int percentOfBody) {
    this.key = key;
    this.percentOfBody = BigDecimal.valueOf(percentOfBody);
  }

  /** The region's name in the API and in the i18n keys. */
  public String key() {
    return key;
  }

  /** The region's share of the whole body surface, in percent (rule of nines, from 2 years). */
  public BigDecimal percentOfBody() {
    return percentOfBody;
  }
}
