package org.openderm.assistant;

import java.util.Locale;
import org.openderm.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chat page of the patient portal: a question box posting with htmx, each answer appended to
 * the conversation with its urgency, refusal and sources. Nothing is stored.
 */
@Controller
class AssistantPageController {

  private final AssistantService assistant;

  AssistantPageController(AssistantService assistant) {
    this.assistant = assistant;
  }

  @GetMapping("/assistant")
  String page() {
    return "assistant/chat";
  }

  /** One exchange: the htmx fragment, or the whole page when JavaScript is off. */
  @PostMapping("/assistant/ask")
  String ask(
      @RequestParam(defaultValue = "") String question,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Locale locale,
      Model model) {
    Language language = "en".equals(locale.getLanguage()) ? Language.EN : Language.FR;
    model.addAttribute("question", question);
    try {
      model.addAttribute("reply", assistant.ask(question, language));
    } catch (InvalidInputException e) {
      model.addAttribute("invalid", true);
    }
    return htmx != null ? "assistant/chat :: exchange" : "assistant/chat";
  }
}
