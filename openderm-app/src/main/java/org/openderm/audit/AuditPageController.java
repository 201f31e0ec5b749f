package org.openderm.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page for administrators: filters (a bad value is shown on the form, in the page's
 * language, with what was typed), pages of {@value #PAGE} rows, chain verification.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

  static final int PAGE = 50;

  private final AuditTrail trail;
  private final MessageSource messages;

  AuditPageController(AuditTrail trail, MessageSource messages) {
    this.trail = trail;
    this.messages = messages;
  }

  /** The filter as typed; every field is text so that a bad value can be shown back. */
  record Form(String patientId, String actor, String action, String from, String to) {}

  @GetMapping("/admin/audit")
  String page(
      @ModelAttribute("form") Form form,
      @RequestParam(required = false) String before,
      Model model,
      Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    // The administrator sees and filters by the patient's audit pseudonym, never the record id.
    UUID patient =
        parse(
            form.patientId(),
            "patientId",
            errors,
            p -> {
              if (!p.matches("[0-9a-fA-F]{16}")) {
                throw new IllegalArgumentException("not a pseudonym");
              }
              return trail.patientOf(p).orElse(new UUID(0, 0));
            });
    Action action = parse(form.action(), "action", errors, Action::valueOf);
    LocalDate from = parse(form.from(), "from", errors, LocalDate::parse);
    LocalDate to = parse(form.to(), "to", errors, LocalDate::parse);
    Long beforeSeq = parse(before, "before", errors, Long::valueOf);
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("to", "audit.error.toBeforeFrom");
    }
    List<AuditView> rows = List.of();
    boolean more = false;
    if (errors.isEmpty()) {
      AuditFilter filter =
          new AuditFilter(
              patient,
              blankToNull(form.actor()),
              action,
              from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
              to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
              PAGE + 1);
      List<AuditRecord> found = trail.search(filter, beforeSeq);
      more = found.size() > PAGE;
      rows =
          trail.forAdministrator(found.stream().limit(PAGE).toList()).stream()
              .map(r -> AuditView.of(r, messages, locale))
              .toList();
    }
    model.addAttribute("errors", errors);
    model.addAttribute("rows", rows);
    model.addAttribute("more", more);
    model.addAttribute("firstPage", beforeSeq == null);
    model.addAttribute("nextBefore", rows.isEmpty() ? null : rows.get(rows.size() - 1).seq());
    model.addAttribute("actions", Action.values());
    return "admin/audit";
  }

  @PostMapping("/admin/audit/verify")
  String verify(Model model) {
    model.addAttribute("verification", trail.verify());
    return "admin/audit :: verification";
  }

  private static <T> T parse(
      String text,
      String field,
      Map<String, String> errors,
      java.util.function.Function<String, T> parser) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      errors.put(field, "audit.error." + field);
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
