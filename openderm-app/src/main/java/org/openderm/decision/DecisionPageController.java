package org.openderm.decision;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The accept/dismiss forms of the decision cards panel on the patient record page. */
@Controller
class DecisionPageController {

  private final PatientCardsService cards;

  DecisionPageController(PatientCardsService cards) {
    this.cards = cards;
  }

  @PostMapping("/patients/{id}/cards/feedback")
  String feedback(
      @PathVariable UUID id,
      @RequestParam String ruleId,
      @RequestParam(required = false) String cardUuid,
      @RequestParam String outcome,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String comment) {
    cards.feedback(id, new CardFeedback(ruleId, cardUuid, outcome, reason, comment, null, null));
    return "redirect:/patients/" + id + "#decision-cards";
  }
}
