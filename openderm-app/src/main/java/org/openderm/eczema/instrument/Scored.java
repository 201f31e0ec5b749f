package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instrument's exact total and the parts it was built from.
 *
 * @param score the exact total (decimal arithmetic, no rounding)
 * @param components named parts (numbers, strings or nested maps), in a stable order
 */
public record Scored(BigDecimal score, Map<String, Object> components) {

  public Scored {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /** A decimal as the number a JSON response should show (shortest exact-looking double). */
  public static Number number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
      return stripped.intValueExact();
    }
    return value.doubleValue();
  }
}
