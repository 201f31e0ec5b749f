package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Severity of Alopecia Tool: the percentage of scalp hair lost, from the loss in each of four
 * views weighted by its share of the scalp; 0 to 100.
 *
 * <p>Source: Olsen EA, Hordinsky MK, Price VH, et al. Alopecia areata investigational assessment
 * guidelines—Part II. J Am Acad Dermatol 2004;51:440-447. Not for: scarring alopecia or
 * androgenetic alopecia; it ignores eyebrows, eyelashes, body hair and nails.
 */
public final class Salt {

  /** The highest SALT (complete scalp hair loss). */
  public static final int MAX = 100;

  /** Hair loss in one view, in percent. */
  public static final Range LOSS = Range.continuous(0, 100);

  /** SALT bands, default first. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Olsen-2004",
                  "Olsen EA et al. J Am Acad Dermatol 2004;51:440-447 (S0 no loss, S1 <25 %,"
                      + " S2 25-49 %, S3 50-74 %, S4a 75-95 %, S4b 96-99 %, S5 100 %).")
              .upTo("S0", "0")
              .below("S1", "25")
              .below("S2", "50")
              .below("S3", "75")
              .below("S4a", "96")
              .below("S4b", "100")
              .upTo("S5", "100")
              .build(),
          BandSet.builder(
                  "AA-IGA-Wyrwich-2020",
                  "Wyrwich KW, Kitchen H, Knight S, et al. The Alopecia Areata Investigator Global"
                      + " Assessment scale. Br J Dermatol 2020;183:702-709 (0 none, 1-20 limited,"
                      + " 21-49 moderate, 50-94 severe, 95-100 very severe).")
              .upTo("none", "0")
              .upTo("limited", "20")
              .below("moderate", "50")
              .below("severe", "95")
              .upTo("verySevere", "100")
              .build());

  private Salt() {}

  /** The SALT score from the percentage of hair lost in each view. */
  public static Scored compute(Map<SaltRegion, BigDecimal> lossPercent) {
    BigDecimal total = BigDecimal.ZERO;
    Map<String, Object> components = new LinkedHashMap<>();
    for (SaltRegion region : SaltRegion.values()) {
      BigDecimal loss = lossPercent.get(region);
      if (!LOSS.allows(loss)) {
        throw new IllegalArgumentException("SALT view missing or out of range: " + region.key());
      }
      BigDecimal part = loss.multiply(region.share());
      total = total.add(part);
      components.put(region.key(), Scored.number(part));
    }
    return new Scored(total, components);
  }
}
