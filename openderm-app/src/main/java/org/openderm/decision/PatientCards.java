package org.openderm.decision;

import java.util.List;

/**
 * The decision cards for one patient's record page.
 *
 * @param open cards not yet accepted or dismissed, most urgent first
 * @param handled cards accepted or dismissed recently, with what was done
 */
public record PatientCards(List<Card> open, List<Handled> handled) {

  /** A card and the latest feedback on its rule. */
  public record Handled(Card card, CardFeedback feedback) {}
}
