package org.openderm.security;

import org.openderm.system.InvalidInputException;
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

  private final AccountService accounts;

  UserAdminController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("accounts", accounts.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("specialties", Specialty.values());
    model.addAttribute("now", java.time.Instant.now());
    return "admin/users";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam String password,
      @RequestParam Role role,
      @RequestParam(required = false) Specialty specialty,
      RedirectAttributes redirect) {
    try {
      accounts.create(
          new NewAccount(
              username.strip(),
              displayName.strip(),
              password,
              role,
              role == Role.CLINICIAN ? specialty : null,
              null));
      redirect.addFlashAttribute("created", username);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("errors", e.violations());
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
