package org.openderm.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openderm.system.FormFeedback;
import org.openderm.system.InvalidInputException;
import org.openderm.system.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' user pages: list, create, enable or disable, unlock. */
@Controller
class UserAdminController {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._\\-]{3,64}");
  private final AccountService accounts;
  private final MessageSource messages;

  UserAdminController(AccountService accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("accounts", accounts.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("specialties", Specialty.values());
    model.addAttribute("now", java.time.Instant.now());
    return "admin/users";
  }

  /**
   * Creates an account; a refused one comes back on the form, explained in the page's language,
   * with what was typed (never the password). The server checks what the browser checks.
   */
  @PostMapping("/admin/users")
  String create(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(required = false) Specialty specialty,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      List<Violation> format = new ArrayList<>();
      if (!USERNAME.matcher(username.strip()).matches()) {
        format.add(new Violation("username.format", "3 to 64 of a-z 0-9 . _ -"));
      }
      if (displayName.isBlank()) {
        format.add(new Violation("displayName", "is required"));
      }
      if (password.length() < 12) {
        format.add(new Violation("password", "at least 12 characters"));
      }
      Role chosen =
          Arrays.stream(Role.values())
              .filter(r -> r.name().equals(role))
              .findFirst()
              .filter(r -> r != Role.PATIENT)
              .orElse(null);
      if (chosen == null) {
        format.add(new Violation("role", "one of CLINICIAN, LEARNER, ADMIN"));
      }
      if (!format.isEmpty()) {
        throw new InvalidInputException(format);
      }
      accounts.create(
          new NewAccount(
              username.strip(),
              displayName.strip(),
              password,
              chosen,
              chosen == Role.CLINICIAN ? specialty : null,
              null));
      redirect.addFlashAttribute("created", username);
    } catch (InvalidInputException e) {
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("username", username);
      typed.put("displayName", displayName);
      typed.put("role", role);
      typed.put("specialty", specialty == null ? "" : specialty.name());
      return FormFeedback.of("new-account", e, "users", typed, messages, locale)
          .back(redirect, "/admin/users#new-account");
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{username}/enabled")
  String enable(@PathVariable String username, @RequestParam boolean enabled) {
    accounts.setEnabled(username, enabled);
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{username}/unlock")
  String unlock(@PathVariable String username) {
    accounts.unlock(username);
    return "redirect:/admin/users";
  }
}
