package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Eczema Area and Severity Index: for each of four regions, the sum of four signs (0–3, half
 * points allowed) times the area score (0–6) times the region's multiplier; 0 to 72.
 *
 * <p>Children aged 0 to 7 years (under 8) use the child multipliers (see {@link AreaRegion}).
 * Source: Hanifin JM, Thurston M, Omoto M, et al. The eczema area and severity index (EASI):
 * assessment of reliability in atopic dermatitis. Exp Dermatol 2001;10:11-18; HOME EASI user guide.
 * Half points are accepted over the whole 0–3 scale; the HOME guide's advice that a sign that is
 * present is at least mild (no 0.5) is left to the assessor.
 *
 * <p>Not for: psoriasis (use PASI); it does not score dryness, itch or sleep.
 */
public final class Easi {

  /** The highest EASI. */
  public static final int MAX = 72;

  /** One sign's intensity: 0 none, 1 mild, 2 moderate, 3 severe, half points allowed. */
  public static final Range SIGN = Range.halfSteps(0, 3);

  /** Children younger than this use the child multipliers (the "0–7 years" table). */
  public static final BigDecimal CHILD_BELOW_AGE_YEARS = BigDecimal.valueOf(8);

  /** EASI bands, default first. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Leshem-2015",
                  "Leshem YA, Hajar T, Hanifin JM, Simpson EL. What the Eczema Area and Severity"
                      + " Index score tells us about the severity of atopic dermatitis: an"
                      + " interpretability study. Br J Dermatol 2015;172:1353-1357 (0 clear,"
                      + " 0.1-1.0 almost clear, 1.1-7.0 mild, 7.1-21.0 moderate, 21.1-50.0 severe,"
                      + " 50.1-72.0 very severe).")
              .upTo("clear", "0")
              .upTo("almostClear", "1")
              .upTo("mild", "7")
              .upTo("moderate", "21")
              .upTo("severe", "50")
              .upTo("verySevere", "72")
              .build(),
          BandSet.builder(
                  "Chopra-2017",
                  "Chopra R, Vakharia PP, Sacotte R, et al. Br J Dermatol 2017;177:1316-1321,"
                      + " adolescents and adults (0 clear, 0.1-5.9 mild, 6.0-22.9 moderate,"
                      + " 23.0-72 severe).")
              .upTo("clear", "0")
              .below("mild", "6")
              .below("moderate", "23")
              .upTo("severe", "72")
              .build());

  private Easi() {}

  /** Whether a patient of this age uses the child multipliers. */
  public static boolean usesChildWeights(BigDecimal ageYears) {
    return ageYears.compareTo(CHILD_BELOW_AGE_YEARS) < 0;
  }

  /** The EASI for all four regions. */
  public static Scored compute(Map<AreaRegion, EasiRegionItems> regions, boolean child) {
    BigDecimal total = BigDecimal.ZERO;
    Map<String, Object> perRegion = new LinkedHashMap<>();
    for (AreaRegion region : AreaRegion.values()) {
      EasiRegionItems items = regions.get(region);
      if (items == null) {
        throw new IllegalArgumentException("EASI needs every region: " + region.key());
      }
      BigDecimal multiplier = child ? region.childMultiplier() : region.adultMultiplier();
      BigDecimal score =
          items.severity().multiply(BigDecimal.valueOf(items.areaScore())).multiply(multiplier);
      total = total.add(score);
      perRegion.put(
          region.key(), regionComponents(items.areaScore(), items.severity(), multiplier, score));
    }
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("weights", child ? "child" : "adult");
    components.put("regions", perRegion);
    return new Scored(total, components);
  }

  static Map<String, Object> regionComponents(
      int areaScore, BigDecimal severity, BigDecimal multiplier, BigDecimal score) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("areaScore", areaScore);
    parts.put("severity", Scored.number(severity));
    parts.put("multiplier", Scored.number(multiplier));
    parts.put("score", Scored.number(score));
    return parts;
  }
}
