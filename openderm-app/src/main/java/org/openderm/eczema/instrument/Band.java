package org.openderm.eczema.instrument;

import java.math.BigDecimal;

/**
 * One severity band of a band set: an interval of scores with a stable machine name.
 *
 * <p>The name ({@code mild}, {@code moderate} ...) is a key for the UI's translations, not a label.
 *
 * @param name the band's key, such as {@code moderate}
 * @param lower the lowest score of the band
 * @param lowerInclusive whether {@code lower} itself belongs to the band
 * @param upper the highest score of the band
 * @param upperInclusive whether {@code upper} itself belongs to the band
 */
public record Band(
    String name,
    BigDecimal lower,
    boolean lowerInclusive,
    BigDecimal upper,
    boolean upperInclusive) {

  /** Whether {@code score} falls in this band. */
  public boolean contains(BigDecimal score) {
    int low = score.compareTo(lower);
    int high = score.compareTo(upper);
    return (low > 0 || (low == 0 && lowerInclusive)) && (high < 0 || (high == 0 && upperInclusive));
  }
}
