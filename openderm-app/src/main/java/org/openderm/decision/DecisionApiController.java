package org.openderm.decision;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the decision feature on a patient (the record it reads is served by {@code
 * org.openderm.record}): the decision cards (same JSON as CDS Hooks cards) and accept/dismiss
 * feedback.
 */
@RestController
@RequestMapping("/api/v1/patients/{id}")
class DecisionApiController {

  private final PatientCardsService cards;

  DecisionApiController(PatientCardsService cards) {
    this.cards = cards;
  }

  /** The open and recently handled cards, in CDS Hooks card JSON. */
  @GetMapping("/cards")
  Map<String, Object> cards(
      @PathVariable UUID id,
      @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
    Locale locale = CdsHooksController.language(acceptLanguage);
    PatientCards c = cards.cards(id, locale);
    return Map.of(
        "cards",
        c.open().stream().map(x -> CdsHooksController.card(x, locale)).toList(),
        "handled",
        c.handled().stream()
            .map(
                h ->
                    Map.of(
                        "card",
                        CdsHooksController.card(h.card(), locale),
                        "feedback",
                        h.feedback()))
            .toList());
  }

  /** Accepts or dismisses a card: {@code {"ruleId","cardUuid","outcome","reason","comment"}}. */
  @PostMapping("/cards/feedback")
  @ResponseStatus(HttpStatus.CREATED)
  CardFeedback feedback(@PathVariable UUID id, @RequestBody CardFeedback body) {
    return cards.feedback(id, body);
  }
}
