package org.openderm.eczema;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.openderm.security.Role;
import org.openderm.system.NavLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the eczema feature's beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EczemaProperties.class)
class EczemaConfiguration {

  /** The calculator with the configured default band sets (validated at start-up). */
  @Bean
  ScoreCalculator scoreCalculator(EczemaProperties properties) {
    Map<Instrument, String> defaults = new EnumMap<>(Instrument.class);
    properties.defaultBandSets().forEach((id, name) -> defaults.put(Instrument.fromId(id), name));
    return new ScoreCalculator(defaults);
  }

  /** The calculators in the navigation and on the home page. */
  @Bean
  NavLink eczemaCalculatorsLink() {
    return new NavLink(
        "/eczema/calculators",
        "eczema.nav.calculators",
        "eczema.nav.calculators.description",
        Set.of(Role.CLINICIAN, Role.PATIENT),
        40);
  }

  /** Clinicians: the patients who shared their diary with them. */
  @Bean
  NavLink eczemaSharedLink() {
    return new NavLink(
        "/eczema/shared",
        "eczema.nav.shared",
        "eczema.nav.shared.description",
        Set.of(Role.CLINICIAN),
        41);
  }
}
