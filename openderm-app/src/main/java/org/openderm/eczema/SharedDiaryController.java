package org.openderm.eczema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For clinicians: the patients who shared their diary with them. Sharing is revoked by the patient
 * on the consent panel; the patient then leaves this list.
 */
@Controller
@PreAuthorize("hasRole('CLINICIAN')")
class SharedDiaryController {

  private final SharedDiaries diaries;

  SharedDiaryController(SharedDiaries diaries) {
    this.diaries = diaries;
  }

  @GetMapping("/eczema/shared")
  String shared(Model model) {
    model.addAttribute("eczemaShared", diaries.forCurrentClinician());
    return "eczema/shared";
  }
}
