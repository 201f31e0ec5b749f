package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openderm.eczema.instrument.AreaRegion;
import org.openderm.eczema.instrument.Band;
import org.openderm.eczema.instrument.BandSet;
import org.openderm.eczema.instrument.SaltRegion;
import org.openderm.eczema.instrument.ScoradRegion;
import org.openderm.eczema.instrument.ScoradSign;

/** The French and English bundles have the same keys and label everything the API names. */
class EczemaMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = EczemaMessagesTest.class.getResourceAsStream("/i18n/" + name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void bundles_haveTheSameKeys() throws IOException {
    assertThat(load("eczema_en.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("eczema.properties").keySet());
  }

  @Test
  void everyBandSignRegionAndInstrument_isLabelled() throws IOException {
    Properties fr = load("eczema.properties");
    for (Instrument instrument : Instrument.values()) {
      assertThat(fr).containsKey("eczema.instrument." + instrument.id());
      for (BandSet set : instrument.bandSets()) {
        assertThat(fr).containsKey("eczema.bandSet." + set.name());
        for (Band band : set.bands()) {
          assertThat(fr).containsKey("eczema.band." + band.name());
        }
      }
    }
    for (ScoradSign sign : ScoradSign.values()) {
      for (int grade = 0; grade <= 3; grade++) {
        assertThat(fr).containsKey("eczema.sign." + sign.key() + ".grade." + grade);
      }
    }
    for (ScoradRegion region : ScoradRegion.values()) {
      assertThat(fr).containsKey("eczema.region." + region.key());
    }
    for (AreaRegion region : AreaRegion.values()) {
      assertThat(fr).containsKey("eczema.region." + region.key());
    }
    for (SaltRegion region : SaltRegion.values()) {
      assertThat(fr).containsKey("eczema.salt.region." + region.key());
    }
  }
}
