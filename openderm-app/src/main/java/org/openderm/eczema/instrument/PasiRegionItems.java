package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.List;

/**
 * One PASI region: its area score and three signs graded 0 (none) to 4 (very marked).
 *
 * @param areaScore 0 to 6, see {@link AreaScore}
 * @param erythema redness
 * @param induration thickness of plaques
 * @param desquamation scaling
 */
public record PasiRegionItems(int areaScore, int erythema, int induration, int desquamation) {

  /** The signs' API names, in order. */
  public static final List<String> SIGNS = List.of("erythema", "induration", "desquamation");

  public PasiRegionItems {
    if (!AreaScore.SCORE.allows(BigDecimal.valueOf(areaScore))) {
      throw new IllegalArgumentException("area score out of range");
    }
    for (int sign : new int[] {erythema, induration, desquamation}) {
      if (!Pasi.SIGN.allows(BigDecimal.valueOf(sign))) {
        throw new IllegalArgumentException("PASI sign out of range: " + sign);
      }
    }
  }

  /** The sum of the three signs, 0 to 12. */
  public int severity() {
    return erythema + induration + desquamation;
  }
}
