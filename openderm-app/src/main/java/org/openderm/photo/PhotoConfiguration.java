package org.openderm.photo;

import org.openderm.ml.quality.QualityGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The photo feature's plain-Java services as Spring beans. */
@Configuration(proxyBeanMethods = false)
class PhotoConfiguration {

  @Bean
  ImageSanitizer imageSanitizer(PhotoProperties limits) {
    return new ImageSanitizer(limits);
  }

  @Bean
  QualityGate qualityGate() {
    return new QualityGate();
  }

  @Bean
  PhotoQualityService photoQualityService(ImageSanitizer sanitizer, QualityGate gate) {
    return new PhotoQualityService(sanitizer, gate);
  }
}
