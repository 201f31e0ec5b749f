package org.openderm.assistant;

import java.util.Set;
import org.openderm.security.Role;
import org.openderm.system.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring wiring of the assistant: one shared, read-only service and its navigation entry. */
@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

  @Bean
  AssistantService assistantService(AssistantProperties properties) {
    AssistantProperties.Generation g = properties.generation();
    Rephraser rephraser =
        g.enabled()
            ? new LocalModelRephraser(g.baseUrl(), g.model(), g.timeout()).guarded()
            : Rephraser.NONE;
    return AssistantService.fromClasspath(rephraser);
  }

  @Bean
  NavLink assistantNavLink() {
    return new NavLink(
        "/assistant",
        "assistant.nav",
        "assistant.nav.description",
        Set.of(Role.PATIENT, Role.CLINICIAN),
        40);
  }
}
