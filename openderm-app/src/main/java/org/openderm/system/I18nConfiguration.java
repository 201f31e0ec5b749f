package org.openderm.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French first, English second. Every feature keeps its texts in {@code i18n/<feature>.properties}
 * (French) and {@code i18n/<feature>_en.properties}; all bundles found there are loaded. The
 * language is chosen with {@code ?lang=fr|en} and remembered per user.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

  static final Locale DEFAULT = Locale.FRENCH;

  private final UserLocaleResolver localeResolver;

  I18nConfiguration(UserLocaleResolver localeResolver) {
    this.localeResolver = localeResolver;
  }

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(bundleNames());
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(DEFAULT);
    return source;
  }

  @Bean
  LocaleResolver localeResolver() {
    return localeResolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  /** The base names of every bundle under {@code i18n/}, e.g. {@code i18n/patient}. */
  static String[] bundleNames() {
    try {
      TreeSet<String> names = new TreeSet<>();
      for (Resource r :
          new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
        String file = r.getFilename();
        if (file != null && !file.contains("_")) {
          names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
        }
      }
      return names.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
