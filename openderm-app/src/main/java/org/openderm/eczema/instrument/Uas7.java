package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly Urticaria Activity Score: wheals (0–3) plus itch (0–3) once a day, summed over seven
 * consecutive days; 0 to 42.
 *
 * <p>Sources: Zuberbier T et al. The international EAACI/GA²LEN/EuroGuiDerm/APAAACI guideline for
 * the definition, classification, diagnosis, and management of urticaria. Allergy 2022;77:734-766;
 * Młynek A et al. How to assess disease activity in patients with chronic urticaria? Allergy
 * 2008;63:777-780. All seven days are required: the imputation rules some trials used for missing
 * days are not part of the published score. Not for: inducible urticaria or angioedema (use the
 * AAS).
 */
public final class Uas7 {

  /** The highest UAS7. */
  public static final int MAX = 42;

  /** The number of days. */
  public static final int DAYS = 7;

  /** One daily item (wheals or itch). */
  public static final Range ITEM = Range.integers(0, 3);

  /** UAS7 bands. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Stull-2017",
                  "Stull D, McBride D, Tian H, et al. Analysis of disease activity categories in"
                      + " chronic spontaneous/idiopathic urticaria. Br J Dermatol"
                      + " 2017;177:1093-1101 (0 urticaria-free, 1-6 well controlled, 7-15 mild,"
                      + " 16-27 moderate, 28-42 severe).")
              .upTo("urticariaFree", "0")
              .below("wellControlled", "7")
              .below("mild", "16")
              .below("moderate", "28")
              .upTo("severe", "42")
              .build());

  private Uas7() {}

  /** The UAS7 of seven consecutive days. */
  public static Scored compute(List<UrticariaDay> days) {
    if (days.size() != DAYS) {
      throw new IllegalArgumentException("UAS7 needs exactly 7 days");
    }
    int wheals = days.stream().mapToInt(UrticariaDay::wheals).sum();
    int itch = days.stream().mapToInt(UrticariaDay::itch).sum();
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("wheals", wheals);
    components.put("itch", itch);
    components.put("daily", days.stream().map(UrticariaDay::score).toList());
    return new Scored(BigDecimal.valueOf(wheals + itch), components);
  }
}
