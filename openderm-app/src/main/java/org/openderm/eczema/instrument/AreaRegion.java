package org.openderm.eczema.instrument;

import java.math.BigDecimal;

/**
 * The four body regions of EASI and PASI with their multipliers (share of body surface).
 *
 * <p>Adults and PASI: head and neck 0.1, upper limbs 0.2, trunk 0.3, lower limbs 0.4 (Fredriksson
 * T, Pettersson U. Dermatologica 1978;157:238-244). EASI for children up to 7 years: head and neck
 * 0.2, lower limbs 0.3, the others unchanged (Hanifin JM et al. Exp Dermatol 2001;10:11-18).
 */
public enum AreaRegion {
  HEAD_NECK("headNeck", "0.1", "0.2"),
  UPPER_LIMBS("upperLimbs", "0.2", "0.2"),
  TRUNK("trunk", "0.3", "0.3"),
  LOWER_LIMBS("lowerLimbs", "0.4", "0.3");

  private final String key;
  private final BigDecimal adultMultiplier;
  private final BigDecimal childMultiplier;

  AreaRegion(String key, String adultMultiplier, String childMultiplier) {
    this.key = key;
    this.adultMultiplier = new BigDecimal(adultMultiplier);
    this.childMultiplier = new BigDecimal(childMultiplier);
  }

  /** The region's name in the API and in the i18n keys. */
  public String key() {
    return key;
  }

  /** The multiplier for adults (and for PASI at every age). */
  public BigDecimal adultMultiplier() {
    return adultMultiplier;
  }

  /** The EASI multiplier for children aged 0 to 7 years. */
  public BigDecimal childMultiplier() {
    return childMultiplier;
  }
}
