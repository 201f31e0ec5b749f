package org.openderm.decision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the decision service with the shipped rules and vocabulary. */
@Configuration(proxyBeanMethods = false)
class DecisionConfiguration {

  @Bean
  DecisionService decisionService() {
    return DecisionService.standard();
  }
}
