package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.List;

/**
 * One EASI region: its area score and the four signs' average intensity (0–3, half points).
 *
 * @param areaScore 0 to 6, see {@link AreaScore}
 * @param erythema redness
 * @param oedemaPapulation thickness: oedema, induration, papules
 * @param excoriation scratch marks
 * @param lichenification thickened skin with marked lines
 */
public record EasiRegionItems(
    int areaScore,
    BigDecimal erythema,
    BigDecimal oedemaPapulation,
    BigDecimal excoriation,
    BigDecimal lichenification) {

  /** The signs' API names, in order. */
  public static final List<String> SIGNS =
      List.of("erythema", "oedemaPapulation", "excoriation", "lichenification");

  public EasiRegionItems {
    if (!AreaScore.SCORE.allows(BigDecimal.valueOf(areaScore))) {
      throw new IllegalArgumentException("area score out of range");
    }
    for (BigDecimal sign : List.of(erythema, oedemaPapulation, excoriation, lichenification)) {
      if (!Easi.SIGN.allows(sign)) {
        throw new IllegalArgumentException("EASI sign out of range: " + sign);
      }
    }
  }

  /** The severity score: the sum of the four signs, 0 to 12. */
  public BigDecimal severity() {
    return erythema.add(oedemaPapulation).add(excoriation).add(lichenification);
  }
}
