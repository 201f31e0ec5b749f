package org.openderm.eczema.instrument;

import java.math.BigDecimal;

/**
 * One day of the urticaria activity score.
 *
 * @param wheals 0 none, 1 fewer than 20 in 24 h, 2 20 to 50, 3 more than 50 or large confluent
 *     areas
 * @param itch 0 none, 1 mild, 2 moderate, 3 intense
 */
public record UrticariaDay(int wheals, int itch) {

  public UrticariaDay {
    if (!Uas7.ITEM.allows(BigDecimal.valueOf(wheals))
        || !Uas7.ITEM.allows(BigDecimal.valueOf(itch))) {
      throw new IllegalArgumentException("UAS item out of range");
    }
  }

  /** The day's score, 0 to 6. */
  public int score() {
    return wheals + itch;
  }
}
