package org.openderm.learning;

/**
 * The memory of one item in the FSRS model.
 *
 * @param stability S, in days: the time for the probability of recall to fall from 100% to 90%
 * @param difficulty D, in 1..10: how hard it is to raise the stability of this item
 */
public record MemoryState(double stability, double difficulty) {

  public MemoryState {
    if (!(stability > 0) || Double.isInfinite(stability)) {
      throw new IllegalArgumentException("stability must be a positive number of days");
    }
    if (!(difficulty >= 1 && difficulty <= 10)) {
      throw new IllegalArgumentException("difficulty must be in 1..10");
    }
  }
}
