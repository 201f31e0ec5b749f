package org.openderm.photo;

import org.openderm.ml.quality.QualityGate;
import org.openderm.privacy.KeyRing;
import org.openderm.system.SystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The photo feature's plain-Java parts as Spring beans; scheduling for the integrity check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PhotoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PhotoConfiguration.class);

  @Bean
  ImageSanitizer imageSanitizer(PhotoProperties limits) {
    ImageSanitizer sanitizer = new ImageSanitizer(limits);
    log.info(
        "Photo uploads: {} decoded at once, others wait up to {} ms",
        sanitizer.permits().size(),
        limits.decodeWait().toMillis());
    return sanitizer;
  }

  @Bean
  QualityGate qualityGate() {
    return QualityGate.withOutlineNetwork();
  }

  @Bean
  PhotoQualityService photoQualityService(ImageSanitizer sanitizer, QualityGate gate) {
    return new PhotoQualityService(sanitizer, gate);
  }

  @Bean
  PhotoCrypto photoCrypto(KeyRing keys) {
    return new PhotoCrypto(keys.aesKey(PhotoService.KEY_LABEL));
  }

  @Bean
  PhotoFiles photoFiles(SystemProperties system) {
    return new PhotoFiles(system.dataDir().resolve("photos"));
  }
}
