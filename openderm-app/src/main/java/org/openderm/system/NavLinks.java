package org.openderm.system;

import java.util.Comparator;
import java.util.List;
import org.openderm.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation links the current user may see into every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NavLinks {

  private final List<NavLink> links;

  NavLinks(ObjectProvider<NavLink> links) {
    this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
  }

  @ModelAttribute("navLinks")
  List<NavLink> navLinks() {
    return links.stream().filter(l -> l.roles().stream().anyMatch(CurrentUser::hasRole)).toList();
  }
}
