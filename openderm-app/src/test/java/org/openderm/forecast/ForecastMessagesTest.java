package org.openderm.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ForecastMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ForecastMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void frenchAndEnglish_haveTheSameKeys_andQuoteApostrophesOnlyWithArguments() throws IOException {
    Properties fr = load("forecast.properties");
    Properties en = load("forecast_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
    for (Properties p : new Properties[] {fr, en}) {
      for (String key : p.stringPropertyNames()) {
        String v = p.getProperty(key);
        if (!v.contains("{")) {
          assertThat(v).as(key).doesNotContain("''");
        }
      }
    }
  }
}
