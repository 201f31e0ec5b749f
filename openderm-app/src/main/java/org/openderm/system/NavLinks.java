package org.openderm.system;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openderm.security.Account;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.openderm.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation links the current user may see into every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NavLinks {

  private final List<NavLink> links;
  private final AccountService accounts;

  NavLinks(ObjectProvider<NavLink> links, AccountService accounts) {
    this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    this.accounts = accounts;
  }

  /** A patient's own record id, for the links to her diary, chart and consents; else null. */
  @ModelAttribute("ownRecord")
  UUID ownRecord() {
    if (!CurrentUser.hasRole(Role.PATIENT)) {
      return null;
    }
    return accounts.find(CurrentUser.username()).map(Account::patientId).orElse(null);
  }

  @ModelAttribute("navLinks")
  List<NavLink> navLinks() {
    return links.stream().filter(l -> l.roles().stream().anyMatch(CurrentUser::hasRole)).toList();
  }
}
