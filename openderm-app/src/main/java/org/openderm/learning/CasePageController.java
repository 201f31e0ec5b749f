package org.openderm.learning;

import java.util.LinkedHashSet;
import java.util.List;
import org.openderm.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The case player: the case list, a case, and one step at a time with its explanation. */
@Controller
class CasePageController {

  private final CaseService cases;

  CasePageController(CaseService cases) {
    this.cases = cases;
  }

  @GetMapping("/learning/cases")
  String list(Model model) {
    model.addAttribute("cases", cases.cases(CurrentUser.username()));
    return "learning/cases";
  }

  @GetMapping("/learning/cases/{id}")
  String show(@PathVariable String id, Model model) {
    ClinicalCase c = cases.clinicalCase(id);
    model.addAttribute("case", c);
    model.addAttribute("stepIndex", 0);
    model.addAttribute("step", c.steps().get(0));
    return "learning/case";
  }

  @PostMapping("/learning/cases/{id}/steps/{index}")
  String answer(
      @PathVariable String id,
      @PathVariable int index,
      @RequestParam(name = "options", required = false) List<String> options,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    StepFeedback fb =
        cases.answerStep(
            CurrentUser.username(),
            id,
            index,
            options == null ? null : new LinkedHashSet<>(options),
            null);
    ClinicalCase c = cases.clinicalCase(id);
    model.addAttribute("case", c);
    model.addAttribute("fb", fb);
    if (htmx != null) {
      return "learning/case-parts :: result";
    }
    model.addAttribute("stepIndex", index);
    model.addAttribute("step", c.steps().get(index));
    return "learning/case";
  }
}
