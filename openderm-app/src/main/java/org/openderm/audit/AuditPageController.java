package org.openderm.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page for administrators: filters and chain verification. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

  private final AuditTrail trail;

  AuditPageController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/admin/audit")
  String page(
      @RequestParam(required = false) String patient,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) Action action,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      Model model) {
    UUID patientId =
        patient == null || patient.isBlank()
            ? null
            : trail.patientOf(patient).orElse(new UUID(0, 0));
    AuditFilter filter =
        new AuditFilter(
            patientId,
            actor,
            action,
            from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
            to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            500);
    model.addAttribute("rows", trail.forAdministrator(trail.search(filter)));
    model.addAttribute("patient", patient);
    model.addAttribute("filter", filter);
    model.addAttribute("fromDate", from);
    model.addAttribute("toDate", to);
    model.addAttribute("actions", Action.values());
    return "admin/audit";
  }

  @PostMapping("/admin/audit/verify")
  String verify(Model model) {
    model.addAttribute("verification", trail.verify());
    return "admin/audit :: verification";
  }
}
