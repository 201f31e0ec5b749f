package org.openderm.consent;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/patients/{id}/consents}: record a decision, list history or current state. */
@RestController
class ConsentApiController {

  private final ConsentService consents;

  ConsentApiController(ConsentService consents) {
    this.consents = consents;
  }

  @PostMapping("/api/v1/patients/{id}/consents")
  ResponseEntity<ConsentDecision> record(
      @PathVariable UUID id, @Valid @RequestBody ConsentRequest body) {
    return ResponseEntity.status(201).body(consents.record(id, body));
  }

  @GetMapping("/api/v1/patients/{id}/consents")
  List<ConsentDecision> list(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean history) {
    return history ? consents.history(id) : consents.current(id);
  }
}
