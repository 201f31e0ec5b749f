package org.openderm.eczema;

import java.util.EnumMap;
import java.util.Map;
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
}
