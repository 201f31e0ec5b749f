package org.openderm.learning;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the learning module.
 *
 * @param dataDir where the teaching image sets live ({@code isic-557/}, {@code ham10000/}),
 *     relative to the working directory; read in place, never copied. A string, not a {@code Path}:
 *     Spring would resolve a relative path with {@code ..} against the servlet context and reject
 *     it.
 * @param defaultRetention the desired retention of a learner who has not chosen one
 * @param maxIntervalDays the longest FSRS interval
 * @param timeZone the time zone of a learner who has not chosen one (days, weeks and streaks)
 */
@Validated
@ConfigurationProperties("openderm.learning")
public record LearningProperties(
    @NotBlank @DefaultValue("../shared/data") String dataDir,
    @DecimalMin("0.70") @DecimalMax("0.97") @DefaultValue("0.9") double defaultRetention,
    @Min(1) @DefaultValue("36500") int maxIntervalDays,
    @NotNull @DefaultValue("Europe/Paris") String timeZone) {

  /** The image data directory as a path. */
  public Path dataPath() {
    return Path.of(dataDir);
  }
}
