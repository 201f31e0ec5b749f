package org.openderm.consent;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Consent decisions from the record page. */
@Controller
class ConsentPageController {

  private final ConsentService consents;

  ConsentPageController(ConsentService consents) {
    this.consents = consents;
  }

  @PostMapping("/patients/{id}/consents")
  String record(
      @PathVariable UUID id,
      @RequestParam Purpose purpose,
      @RequestParam boolean granted,
      @RequestParam(required = false) String grantee) {
    consents.record(id, new ConsentRequest(purpose, granted, grantee));
    return "redirect:/patients/" + id + "#consents";
  }
}
