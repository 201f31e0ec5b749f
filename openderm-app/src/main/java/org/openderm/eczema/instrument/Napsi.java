package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Nail Psoriasis Severity Index: each nail is divided into quadrants; the matrix score (0–4) is
 * the number of quadrants with any matrix sign (pitting, leukonychia, red spots in the lunula,
 * crumbling) and the bed score (0–4) the number with any bed sign (onycholysis, splinter
 * haemorrhages, oil-drop discoloration, subungual hyperkeratosis); a nail scores 0 to 8, the ten
 * fingernails 0 to 80, with the toenails 0 to 160.
 *
 * <p>Source: Rich P, Scher RK. Nail Psoriasis Severity Index: a useful tool for evaluation of nail
 * psoriasis. J Am Acad Dermatol 2003;49:206-212. The authors published no severity bands; the
 * result is given as one band, "notBanded".
 */
public final class Napsi {

  /** The most nails (fingers and toes). */
  public static final int MAX_NAILS = 20;

  /** The highest NAPSI (20 nails × 8). */
  public static final int MAX = 8 * MAX_NAILS;

  /** Quadrants with a sign, for the matrix or the bed of one nail. */
  public static final Range QUADRANTS = Range.integers(0, 4);

  /** No published bands: one band covering the scale. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Rich-Scher-2003",
                  "Rich P, Scher RK. J Am Acad Dermatol 2003;49:206-212 (no severity bands"
                      + " published; follow the total and each nail over time).")
              .upTo("notBanded", String.valueOf(MAX))
              .build());

  private Napsi() {}

  /** One nail: quadrants with matrix signs and with bed signs. */
  public record Nail(int matrix, int bed) {}

  /** The NAPSI of the nails assessed. */
  public static Scored compute(List<Nail> nails) {
    int matrix = 0;
    int bed = 0;
    for (Nail n : nails) {
      matrix += n.matrix();
      bed += n.bed();
    }
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("nails", nails.size());
    components.put("matrix", matrix);
    components.put("bed", bed);
    return new Scored(BigDecimal.valueOf(matrix + bed), components);
  }
}
