package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The International Hidradenitis Suppurativa Severity Score System: inflammatory nodules × 1 +
 * abscesses × 2 + draining tunnels (fistulas/sinuses) × 4, counted over the whole body.
 *
 * <p>Source: Zouboulis CC, Tzellos T, Kyrgidis A, et al. Development and validation of the
 * International Hidradenitis Suppurativa Severity Score System (IHS4), a novel dynamic scoring
 * system to assess HS severity. Br J Dermatol 2017;177:1401-1409 (mild 3 or less, moderate 4 to 10,
 * severe 11 or more). The score has no upper bound; OpenDerm accepts up to 100 lesions of each
 * kind, hence its maximum of 700. Not for: Hurley staging (a different, static classification).
 */
public final class Ihs4 {

  /** The most lesions of one kind accepted. */
  public static final int MAX_COUNT = 100;

  /** The highest IHS4 OpenDerm accepts (100 × 1 + 100 × 2 + 100 × 4). */
  public static final int MAX = 7 * MAX_COUNT;

  /** One lesion count. */
  public static final Range COUNT = Range.integers(0, MAX_COUNT);

  /** IHS4 bands. */
  public static final List<BandSet> BANDS =
      List.of(
          BandSet.builder(
                  "Zouboulis-2017",
                  "Zouboulis CC et al. Br J Dermatol 2017;177:1401-1409 (3 or less mild, 4 to 10"
                      + " moderate, 11 or more severe).")
              .upTo("mild", "3")
              .upTo("moderate", "10")
              .upTo("severe", String.valueOf(MAX))
              .build());

  private Ihs4() {}

  /** The IHS4 from the three counts. */
  public static Scored compute(int nodules, int abscesses, int drainingTunnels) {
    int score = nodules + 2 * abscesses + 4 * drainingTunnels;
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("nodules", nodules);
    components.put("abscessesTimesTwo", 2 * abscesses);
    components.put("drainingTunnelsTimesFour", 4 * drainingTunnels);
    return new Scored(BigDecimal.valueOf(score), components);
  }
}
