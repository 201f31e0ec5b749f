package org.openderm.learning;

import java.util.Set;
import org.openderm.security.Role;
import org.openderm.system.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The learning module's entry in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class LearningNavigation {

  @Bean
  NavLink learningNavLink() {
    return new NavLink(
        "/learning",
        "nav.learning",
        "learning.home.description",
        Set.of(Role.LEARNER, Role.CLINICIAN),
        40);
  }
}
