package org.openderm.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.openderm.system.fhir.Fhir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the single FHIR R4 context as a Spring bean (the instance held by {@link Fhir}). */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

  @Bean
  FhirContext fhirContext() {
    return Fhir.r4();
  }
}
