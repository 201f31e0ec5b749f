package org.openderm.privacy;

import org.openderm.system.SystemProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key ring and what is built on it. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

  @Bean
  KeyRing keyRing(PrivacyProperties props, SystemProperties system) {
    PrivacyProperties effective =
        system.demo() ? new PrivacyProperties(props.masterKey(), props.keyFile(), true) : props;
    return KeyRing.load(effective, system.dataDir());
  }

  @Bean
  FieldCipher identityCipher(KeyRing keys) {
    return new FieldCipher(keys.aesKey("identity-encryption"));
  }

  @Bean
  Pseudonymizer pseudonymizer(KeyRing keys) {
    return new Pseudonymizer(keys);
  }
}
