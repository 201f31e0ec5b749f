package org.openderm.decision;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openderm.decision.TreatmentRecords.Medication;
import org.openderm.decision.TreatmentRecords.NewMedication;
import org.openderm.decision.TreatmentRecords.NewProblem;
import org.openderm.decision.TreatmentRecords.Problem;
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
 * REST API of the decision feature on a patient: treatments and problems (what the rules read), the
 * decision cards (same JSON as CDS Hooks cards) and accept/dismiss feedback.
 */
@RestController
@RequestMapping("/api/v1/patients/{id}")
class DecisionApiController {

  private final TreatmentService treatments;
  private final PatientCardsService cards;

  DecisionApiController(TreatmentService treatments, PatientCardsService cards) {
    this.treatments = treatments;
    this.cards = cards;
  }

  @GetMapping("/medications")
  List<Medication> medications(@PathVariable UUID id) {
    return treatments.medications(id);
  }

  @PostMapping("/medications")
  @ResponseStatus(HttpStatus.CREATED)
  Medication addMedication(@PathVariable UUID id, @Valid @RequestBody NewMedication body) {
    return treatments.addMedication(id, body);
  }

  /** Stops a treatment: {@code {"end": "2026-05-01"}} (today when absent). */
  @PostMapping("/medications/{medicationId}/stop")
  Medication stop(
      @PathVariable UUID id,
      @PathVariable UUID medicationId,
      @RequestBody(required = false) Map<String, String> body) {
    String end = body == null ? null : body.get("end");
    return treatments.stopMedication(id, medicationId, end == null ? null : LocalDate.parse(end));
  }

  @GetMapping("/conditions")
  List<Problem> problems(@PathVariable UUID id) {
    return treatments.problems(id);
  }

  @PostMapping("/conditions")
  @ResponseStatus(HttpStatus.CREATED)
  Problem addProblem(@PathVariable UUID id, @Valid @RequestBody NewProblem body) {
    return treatments.addProblem(id, body);
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
