package org.openderm.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and method security, for the server and the command line alike. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class PasswordConfiguration {

  /** Argon2id with OWASP's parameters: 19 MiB memory, 2 iterations, parallelism 1. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  }
}
