package org.openderm.system;

import java.util.List;
import org.openderm.patient.Patient;
import org.openderm.patient.PatientService;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page of each role. */
@Controller
class HomeController {

  private final AccountService accounts;
  private final PatientService patients;
  private final SystemProperties system;

  HomeController(AccountService accounts, PatientService patients, SystemProperties system) {
    this.accounts = accounts;
    this.patients = patients;
    this.system = system;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("demo", system.demo());
    return "system/login";
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("account", accounts.find(CurrentUser.username()).orElseThrow());
    List<Patient> mine =
        CurrentUser.hasRole(Role.CLINICIAN)
            ? patients.search("").stream().limit(10).toList()
            : List.of();
    model.addAttribute("patients", mine);
    return "system/home";
  }
}
