package org.openderm.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where OpenDerm keeps its data and whether it runs with demo data.
 *
 * @param dataDir the data directory: embedded database, keys (unless configured elsewhere), photos
 * @param demo seed demo accounts and patients; never in production
 * @param demoPassword the demo accounts' password
 */
@Validated
@ConfigurationProperties("openderm")
public record SystemProperties(
    @DefaultValue("./openderm-data") Path dataDir,
    @DefaultValue("false") boolean demo,
    @DefaultValue("openderm-demo") String demoPassword) {}
