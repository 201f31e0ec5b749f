package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Psoriasis Area and Severity Index: for each of four regions, the sum of erythema, induration
 * and desquamation (0–4 each) times the area score (0–6) times the region's multiplier (0.1, 0.2,
 * 0.3, 0.4 at every age); 0 to 72.
 *
 * <p>Source: Fredriksson T, Pettersson U. Severe psoriasis—oral therapy with a new retinoid.
 * Dermatologica 1978;157:238-244. Not for: eczema (use EASI), pustular or erythrodermic psoriasis
 * where PASI is known to mislead.
 */
public final class Pasi {

  /** The highest PASI. */
  public static final int MAX = 72;

  /** One sign: 0 none, 1 slight, 2 moderate, 3 marked, 4 very marked. */
  public static final Range SIGN = Range.integers(0, 4);

  /** PASI bands, default first. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Finlay-2005",
                  "Finlay AY. Current severe psoriasis and the rule of tens. Br J Dermatol"
                      + " 2005;152:861-867 (PASI above 10 is severe; the rule also counts body"
                      + " surface and DLQI above 10, which this band set does not see).")
              .upTo("mild", "10")
              .upTo("severe", "72")
              .build());

  private Pasi() {}

  /** The PASI for all four regions. */
  public static Scored compute(Map<AreaRegion, PasiRegionItems> regions) {
    BigDecimal total = BigDecimal.ZERO;
    Map<String, Object> perRegion = new LinkedHashMap<>();
    for (AreaRegion region : AreaRegion.values()) {
      PasiRegionItems items = regions.get(region);
      if (items == null) {
        throw new IllegalArgumentException("PASI needs every region: " + region.key());
      }
      BigDecimal severity = BigDecimal.valueOf(items.severity());
      BigDecimal score =
          severity
              .multiply(BigDecimal.valueOf(items.areaScore()))
              .multiply(region.adultMultiplier());
      total = total.add(score);
      perRegion.put(
          region.key(),
          Easi.regionComponents(items.areaScore(), severity, region.adultMultiplier(), score));
    }
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("regions", perRegion);
    return new Scored(total, components);
  }
}
