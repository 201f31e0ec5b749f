package org.openderm.privacy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the master key comes from. It never lives in the database.
 *
 * @param masterKey the 256-bit master key, base64; takes precedence over {@code keyFile}
 * @param keyFile a file holding the base64 master key (default: {@code <data-dir>/keys/master.key})
 * @param createKey create the key file when it is missing (demo and tests; production provisions
 *     its key with {@code bin/openderm keys generate})
 */
@ConfigurationProperties("openderm.privacy")
public record PrivacyProperties(
    String masterKey, Path keyFile, @DefaultValue("false") boolean createKey) {}
