package org.openderm.eczema.instrument;

import java.math.BigDecimal;

/**
 * The four scalp views of SALT and their share of the scalp: vertex (top) 40 %, posterior 24 %,
 * right side 18 %, left side 18 % (Olsen EA et al. J Am Acad Dermatol 2004;51:440-447).
 */
public enum SaltRegion {
  VERTEX("vertex", "0.40"),
  POSTERIOR("posterior", "0.24"),
  RIGHT_SIDE("rightSide", "0.18"),
  LEFT_SIDE("leftSide", "0.18");

  private final String key;
  private final BigDecimal share;

  SaltRegion(String key, String share) {
    this.key = key;
    this.share = new BigDecimal(share);
  }

  /** The view's name in the API and in the i18n keys. */
  public String key() {
    return key;
  }

  /** The view's share of the whole scalp (0 to 1). */
  public BigDecimal share() {
    return share;
  }
}
