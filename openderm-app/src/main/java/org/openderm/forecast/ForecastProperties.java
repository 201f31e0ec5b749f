package org.openderm.forecast;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Forecasting settings ({@code openderm.forecast.*}).
 *
 * @param model the model the service uses (a name from {@code forecast evaluate}; default {@code
 *     Ensemble})
 * @param minHistory fewer assessed days than this: the forecast is the population prior's, marked
 *     "insufficient history" (default 5)
 * @param flareRise the rise over the reference that counts as a flare, in points; 0 means the
 *     instrument's MCID (default 0)
 * @param referenceDays the reference is the median of the assessments of this many last days
 *     (default 7)
 * @param alertThreshold a flare probability at or above this raises an alert (default 0.5)
 */
@Validated
@ConfigurationProperties("openderm.forecast")
public record ForecastProperties(
    @DefaultValue("Ensemble") @NotBlank String model,
    @DefaultValue("5") @Min(1) @Max(60) int minHistory,
    @DefaultValue("0") @Min(0) @Max(50) int flareRise,
    @DefaultValue("7") @Min(1) @Max(60) int referenceDays,
    @DefaultValue("0.5") @DecimalMin("0.01") @DecimalMax("0.99") double alertThreshold) {

  /** The defaults, for use without Spring. */
  public static ForecastProperties defaults() {
    return new ForecastProperties("Ensemble", 5, 0, 7, 0.5);
  }
}
