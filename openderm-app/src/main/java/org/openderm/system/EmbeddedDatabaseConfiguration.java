package org.openderm.system;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: embedded PostgreSQL in the data directory, used when no {@code
 * spring.datasource.url} is configured (an external PostgreSQL 15 or newer takes over as soon as
 * one is).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(@Value("${openderm.data-dir:./openderm-data}") String dataDir) {
    return EmbeddedPostgres.acquire(java.nio.file.Path.of(dataDir));
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.jdbcUrl());
    ds.setUsername(postgres.username());
    ds.setPassword(postgres.password());
    ds.setMaximumPoolSize(20);
    // Keep few idle connections: several application contexts (tests, a CLI command beside the
    // server) share one embedded server and its connection limit.
    ds.setMinimumIdle(2);
    ds.setIdleTimeout(30_000);
    ds.setPoolName("openderm");
    return ds;
  }

  static final class NoDatasourceConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
