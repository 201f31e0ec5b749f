package org.openderm.photo;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.openderm.ml.quality.QualityGate;
import org.openderm.ml.quality.QualityVerdict;

/**
 * Sanitises an upload and judges its quality: the facade the quality endpoint, photo storage and
 * triage share, so that no model ever sees an image that has not been through both.
 */
public final class PhotoQualityService {

  private static final String BUNDLE = "i18n/photo";

  private final ImageSanitizer sanitizer;
  private final QualityGate gate;

  public PhotoQualityService(ImageSanitizer sanitizer, QualityGate gate) {
    this.sanitizer = Objects.requireNonNull(sanitizer);
    this.gate = Objects.requireNonNull(gate);
  }

  /** Sanitises the upload in {@code in}; refusals are 4xx {@code OpenDermException}s. */
  public SanitizedImage sanitize(InputStream in) {
    return sanitizer.sanitize(in);
  }

  /** The verdict on a sanitised image. */
  public QualityVerdict verdict(SanitizedImage image) {
    return gate.assess(image.pixels());
  }

  /** Sanitises and judges the upload in {@code in}, with messages in {@code locale}. */
  public QualityReport assess(InputStream in, Locale locale) {
    return report(verdict(sanitize(in)), locale);
  }

  /** The verdict with its messages in {@code locale} (French unless English is asked for). */
  public static QualityReport report(QualityVerdict verdict, Locale locale) {
    ResourceBundle messages = messages(locale);
    return new QualityReport(
        verdict.acceptable(),
        verdict.issues().stream()
            .map(i -> new QualityReport.Issue(i.code().name(), messages.getString(i.messageKey())))
            .toList(),
        verdict.metrics());
  }

  /** French is the default: no fallback to the server's own locale. */
  static ResourceBundle messages(Locale locale) {
    Locale wanted = locale == null ? Locale.FRENCH : locale;
    return ResourceBundle.getBundle(
        BUNDLE,
        wanted,
        PhotoQualityService.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
