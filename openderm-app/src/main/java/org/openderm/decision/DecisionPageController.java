package org.openderm.decision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.system.FormFeedback;
import org.openderm.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The accept/dismiss forms of the decision cards panel on the patient record page. */
@Controller
class DecisionPageController {

  private final PatientCardsService cards;
  private final MessageSource messages;

  DecisionPageController(PatientCardsService cards, MessageSource messages) {
    this.cards = cards;
    this.messages = messages;
  }

  /** Accepts or dismisses a card; a refused dismissal comes back on that card's form, explained. */
  @PostMapping("/patients/{id}/cards/feedback")
  String feedback(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String ruleId,
      @RequestParam(required = false) String cardUuid,
      @RequestParam(defaultValue = "") String outcome,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      cards.feedback(id, new CardFeedback(ruleId, cardUuid, outcome, reason, comment, null, null));
    } catch (InvalidInputException e) {
      String form = "card-dismiss-" + ruleId;
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("reason", reason == null ? "" : reason);
      typed.put("comment", comment == null ? "" : comment);
      return FormFeedback.of(form, e, "decision.cards", typed, messages, locale)
          .back(redirect, "/patients/" + id + "#" + form);
    }
    return "redirect:/patients/" + id + "#decision-cards";
  }
}
