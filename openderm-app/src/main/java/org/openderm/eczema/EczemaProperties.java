package org.openderm.eczema;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The eczema feature's settings ({@code openderm.eczema.*}).
 *
 * @param defaultBandSets band set name by instrument id, such as {@code
 *     openderm.eczema.default-band-sets.scorad=Chopra-2017}; instruments left out keep the built-in
 *     default. Unknown names stop the application at start-up.
 */
@ConfigurationProperties("openderm.eczema")
record EczemaProperties(Map<String, String> defaultBandSets) {

  EczemaProperties {
    defaultBandSets = defaultBandSets == null ? Map.of() : Map.copyOf(defaultBandSets);
  }
}
