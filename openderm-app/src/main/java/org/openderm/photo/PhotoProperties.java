package org.openderm.photo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on uploaded photos ({@code openderm.photo.*}).
 *
 * @param maxBytes largest accepted file, in bytes (default 20 MiB: a 48 MP phone JPEG is about 12
 *     MiB); keep {@code spring.servlet.multipart.max-file-size} at or above it
 * @param maxPixels largest accepted width x height, read from the header before decoding (default
 *     40 MP: every current phone's default mode, while a decoded 40 MP image takes 120 MB in
 *     memory)
 * @param maxSide longest accepted side in pixels (default 12,000), so that a 1 x 40,000,000 image
 *     cannot pass the pixel cap
 * @param jpegQuality quality of the re-encoded JPEG, 0..1 (default 0.92: visually lossless)
 * @param maxConcurrentDecodes uploads decoded at once (default 0: one per processor, capped so that
 *     half the heap holds that many of the largest accepted photos while they are sanitised)
 * @param decodeWait how long an upload waits for a free decode before it gets 503 with {@code
 *     Retry-After} (default 10 s)
 */
@Validated
@ConfigurationProperties("openderm.photo")
public record PhotoProperties(
    @DefaultValue("20971520") @Min(1024) long maxBytes,
    @DefaultValue("40000000") @Min(4096) @Max(100_000_000) long maxPixels,
    @DefaultValue("12000") @Min(64) @Max(30_000) int maxSide,
    @DefaultValue("0.92") double jpegQuality,
    @DefaultValue("0") @Min(0) @Max(64) int maxConcurrentDecodes,
    @DefaultValue("10s") Duration decodeWait) {

  /** The defaults, for plain-Java use and tests. */
  public static PhotoProperties defaults() {
    return new PhotoProperties(
        20L * 1024 * 1024, 40_000_000, 12_000, 0.92, 0, Duration.ofSeconds(10));
  }
}
