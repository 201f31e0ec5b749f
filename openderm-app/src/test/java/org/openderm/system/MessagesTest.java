package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every user-facing text exists in French (the default bundle) and in English. */
class MessagesTest {

  @Test
  void everyKeyExistsInFrenchAndEnglish() throws IOException {
    String[] bundles = I18nConfiguration.bundleNames();
    assertThat(bundles).contains("i18n/core");
    for (String bundle : bundles) {
      Properties fr = load("classpath:" + bundle + ".properties");
      Properties en = load("classpath:" + bundle + "_en.properties");
      Set<String> onlyFr = new TreeSet<>(fr.stringPropertyNames());
      onlyFr.removeAll(en.stringPropertyNames());
      Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
      onlyEn.removeAll(fr.stringPropertyNames());
      assertThat(onlyFr).as(bundle + ": keys missing in English").isEmpty();
      assertThat(onlyEn).as(bundle + ": keys missing in French").isEmpty();
      for (String key : fr.stringPropertyNames()) {
        assertThat(fr.getProperty(key)).as(bundle + " fr " + key).isNotBlank();
        assertThat(en.getProperty(key)).as(bundle + " en " + key).isNotBlank();
      }
    }
  }

  private static Properties load(String location) throws IOException {
    Resource r = new PathMatchingResourcePatternResolver().getResource(location);
    assertThat(r.exists()).as(location + " exists").isTrue();
    Properties p = new Properties();
    try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
