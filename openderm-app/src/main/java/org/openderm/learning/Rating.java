package org.openderm.learning;

/**
 * The four FSRS grades of one review, with their numeric value {@code G} used in the formulas.
 *
 * <p>In the image quiz a wrong answer is {@link #AGAIN} and a right one {@link #GOOD}, unless the
 * learner grades the right answer {@link #HARD} or {@link #EASY} himself.
 */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4),
  ;

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /** The grade G in 1..4 of the FSRS formulas. */
  public int grade() {
    return grade;
  }

  /** True for every grade but {@link #AGAIN}: the item was recalled. */
  public boolean recalled() {
    return this != AGAIN;
  }
}
