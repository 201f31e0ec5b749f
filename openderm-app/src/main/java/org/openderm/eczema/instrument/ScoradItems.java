package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The items of one SCORAD or PO-SCORAD assessment.
 *
 * @param extentPercent A: affected body surface in percent, 0 to 100
 * @param intensity the six intensity items, each 0 to 3 (B is their sum)
 * @param itch itch over the last 3 days and nights, 0 to 10; may be null for objective SCORAD
 * @param sleeplessness sleep loss over the last 3 nights, 0 to 10; may be null for objective SCORAD
 */
public record ScoradItems(
    BigDecimal extentPercent,
    Map<ScoradSign, Integer> intensity,
    BigDecimal itch,
    BigDecimal sleeplessness) {

  public ScoradItems {
    require(Scorad.EXTENT.allows(extentPercent), "extentPercent");
    intensity = new EnumMap<>(Objects.requireNonNull(intensity));
    for (ScoradSign sign : ScoradSign.values()) {
      Integer grade = intensity.get(sign);
      require(grade != null && Scorad.INTENSITY.allows(BigDecimal.valueOf(grade)), sign.key());
    }
    require(itch == null || Scorad.SYMPTOM.allows(itch), "itch");
    require(sleeplessness == null || Scorad.SYMPTOM.allows(sleeplessness), "sleeplessness");
  }

  /** B: the sum of the six intensity grades, 0 to 18. */
  public int intensitySum() {
    return intensity.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static void require(boolean valid, String item) {
    if (!valid) {
      throw new IllegalArgumentException("SCORAD item out of range: " + item);
    }
  }
}
