package org.openderm.assistant;

import org.openderm.system.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/assistant/ask} (DESIGN §4): general information from the knowledge base, with
 * red-flag urgency, refusals and citations. Reads no patient data, so nothing is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/assistant", produces = MediaType.APPLICATION_JSON_VALUE)
class AssistantApiController {

  private final AssistantService assistant;

  AssistantApiController(AssistantService assistant) {
    this.assistant = assistant;
  }

  @PostMapping(path = "/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
  AssistantAnswer ask(@RequestBody(required = false) AskRequest request) {
    if (request == null) {
      throw new InvalidInputException("question", "must not be blank");
    }
    Language language = null;
    if (request.language() != null) {
      try {
        language = Language.of(request.language());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("language", "must be fr or en");
      }
    }
    return assistant.ask(request.question(), language);
  }
}
