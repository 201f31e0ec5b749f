package org.openderm.eczema.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published convention for cutting an instrument's scale into severity bands.
 *
 * <p>Bands are contiguous from 0 to the instrument's maximum, so every valid score falls in exactly
 * one band. Published strata are often printed at one decimal ("0.1–5.9 mild, 6.0–22.9 moderate");
 * such sets are encoded with the next stratum's printed lower bound as an exclusive upper bound,
 * which closes the gaps between printed values without moving any printed value to another band.
 *
 * @param name the set's stable name, returned in every score response (e.g. {@code Chopra-2017})
 * @param source the publication the bands come from
 * @param bands the bands, lowest first
 */
public record BandSet(String name, String source, List<Band> bands) {

  public BandSet {
    Objects.requireNonNull(name);
    Objects.requireNonNull(source);
    bands = List.copyOf(bands);
  }

  /** Starts a band set whose first band begins at 0 inclusive. */
  public static Builder builder(String name, String source) {
    return new Builder(name, source);
  }

  /** The band containing {@code score}. */
  public Band classify(BigDecimal score) {
    for (Band band : bands) {
      if (band.contains(score)) {
        return band;
      }
    }
    throw new IllegalArgumentException("score outside band set " + name + ": " + score);
  }

  /** The highest score the set covers. */
  public BigDecimal max() {
    return bands.get(bands.size() - 1).upper();
  }

  /** Builds contiguous bands from their upper bounds. */
  public static final class Builder {
    private final String name;
    private final String source;
    private final List<Band> bands = new ArrayList<>();
    private BigDecimal lower = BigDecimal.ZERO;
    private boolean lowerInclusive = true;

    private Builder(String name, String source) {
      this.name = name;
      this.source = source;
    }

    /** Adds a band that ends just below {@code upper}. */
    public Builder below(String band, String upper) {
      return add(band, new BigDecimal(upper), false);
    }

    /** Adds a band that ends at {@code upper} inclusive. */
    public Builder upTo(String band, String upper) {
      return add(band, new BigDecimal(upper), true);
    }

    private Builder add(String band, BigDecimal upper, boolean inclusive) {
      bands.add(new Band(band, lower, lowerInclusive, upper, inclusive));
      lower = upper;
      lowerInclusive = !inclusive;
      return this;
    }

    /** The band set. */
    public BandSet build() {
      return new BandSet(name, source, bands);
    }
  }
}
