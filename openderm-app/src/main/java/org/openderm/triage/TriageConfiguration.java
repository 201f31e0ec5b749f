package org.openderm.triage;

import java.util.Set;
import org.openderm.security.Role;
import org.openderm.system.NavLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the triage feature: the model holder and the navigation entry. */
@Configuration
class TriageConfiguration {

  /** Verifies the bundled model at startup (fails startup on a SHA-256 mismatch). */
  @Bean(destroyMethod = "close")
  TriageEngine triageEngine(@Value("${openderm.triage.pool-size:2}") int poolSize) {
    return new TriageEngine(poolSize);
  }

  @Bean
  NavLink triageNavLink() {
    return new NavLink(
        "/triage", "triage.nav", "triage.nav.description", Set.of(Role.CLINICIAN), 40);
  }
}
