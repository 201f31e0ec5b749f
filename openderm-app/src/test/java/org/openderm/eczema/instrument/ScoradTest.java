package org.openderm.eczema.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SCORAD worked examples, computed by hand from the published formula A/5 + 7B/2 + C and the rule
 * of nines on the official form (European Task Force on Atopic Dermatitis 1993).
 */
class ScoradTest {

  static ScoradItems items(String extent, int[] grades, String itch, String sleep) {
    Map<ScoradSign, Integer> intensity = new EnumMap<>(ScoradSign.class);
    for (ScoradSign sign : ScoradSign.values()) {
      intensity.put(sign, grades[sign.ordinal()]);
    }
    return new ScoradItems(
        new BigDecimal(extent),
        intensity,
        itch == null ? null : new BigDecimal(itch),
        sleep == null ? null : new BigDecimal(sleep));
  }

  @Test
  void total_isExtentFifthPlusSevenHalvesIntensityPlusSymptoms() {
    // A = 20 %, B = 2+2+1+2+1+1 = 9, C = 6 + 4: 20/5 + 7*9/2 + 10 = 4 + 31.5 + 10 = 45.5
    Scored scored = Scorad.total(items("20", new int[] {2, 2, 1, 2, 1, 1}, "6", "4"));

    assertThat(scored.score()).isEqualByComparingTo("45.5");
    assertThat(scored.components())
        .containsEntry("extent", 20)
        .containsEntry("intensity", 9)
        .containsEntry("subjective", 10)
        .containsEntry("extentTerm", 4)
        .containsEntry("intensityTerm", 31.5);
  }

  @Test
  void objective_dropsItchAndSleep() {
    // A = 33 %, B = 7: 33/5 + 7*7/2 = 6.6 + 24.5 = 31.1
    Scored scored = Scorad.objective(items("33", new int[] {2, 1, 0, 1, 2, 1}, null, null));

    assertThat(scored.score()).isEqualByComparingTo("31.1");
    assertThat(scored.components()).doesNotContainKey("itch");
  }

  @Test
  void total_reaches103_atMaximalInput() {
    Scored scored = Scorad.total(items("100", new int[] {3, 3, 3, 3, 3, 3}, "10", "10"));

    assertThat(scored.score()).isEqualByComparingTo("103");
    assertThat(Scorad.objective(items("100", new int[] {3, 3, 3, 3, 3, 3}, null, null)).score())
        .isEqualByComparingTo("83");
  }

  @Test
  void extentFromRegions_usesRuleOfNines() {
    Map<ScoradRegion, BigDecimal> regions = new EnumMap<>(ScoradRegion.class);
    regions.put(ScoradRegion.HEAD_NECK, new BigDecimal("100"));
    regions.put(ScoradRegion.ANTERIOR_TRUNK, new BigDecimal("50"));
    regions.put(ScoradRegion.LOWER_LIMB_LEFT, new BigDecimal("25"));
    regions.put(ScoradRegion.GENITALS, new BigDecimal("100"));

    // 9 + 18/2 + 18/4 + 1 = 23.5 % of the body
    assertThat(Scorad.extentFromRegions(regions)).isEqualByComparingTo("23.5");
  }

  @Test
  void extentFromRegions_wholeBodyIs100() {
    Map<ScoradRegion, BigDecimal> regions = new EnumMap<>(ScoradRegion.class);
    for (ScoradRegion region : ScoradRegion.values()) {
      regions.put(region, new BigDecimal("100"));
    }
    assertThat(Scorad.extentFromRegions(regions)).isEqualByComparingTo("100");
  }

  @Test
  void items_outOfRange_rejected() {
    assertThatThrownBy(() -> items("20", new int[] {4, 0, 0, 0, 0, 0}, "1", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> items("100.5", new int[] {0, 0, 0, 0, 0, 0}, "1", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kunzBands_cutAt25And50Inclusive() {
    BandSet kunz = ScoradBands.SCORAD.get(0);

    assertThat(kunz.name()).isEqualTo("ETFAD-Kunz-1997");
    assertThat(kunz.classify(new BigDecimal("24.9")).name()).isEqualTo("mild");
    assertThat(kunz.classify(new BigDecimal("25")).name()).isEqualTo("moderate");
    assertThat(kunz.classify(new BigDecimal("50")).name()).isEqualTo("moderate");
    assertThat(kunz.classify(new BigDecimal("50.1")).name()).isEqualTo("severe");
  }

  @Test
  void chopraBands_followPrintedStrata() {
    BandSet chopra = ScoradBands.SCORAD.get(1);

    assertThat(chopra.classify(new BigDecimal("9.9")).name()).isEqualTo("clear");
    assertThat(chopra.classify(new BigDecimal("10")).name()).isEqualTo("mild");
    assertThat(chopra.classify(new BigDecimal("28.9")).name()).isEqualTo("mild");
    assertThat(chopra.classify(new BigDecimal("48.95")).name()).isEqualTo("moderate");
    assertThat(chopra.classify(new BigDecimal("49")).name()).isEqualTo("severe");
  }

  @Test
  void oranjeObjectiveBands_cutAt15And40() {
    BandSet oranje = ScoradBands.OBJECTIVE.get(0);

    assertThat(oranje.classify(new BigDecimal("14.9")).name()).isEqualTo("mild");
    assertThat(oranje.classify(new BigDecimal("15")).name()).isEqualTo("moderate");
    assertThat(oranje.classify(new BigDecimal("40")).name()).isEqualTo("moderate");
    assertThat(oranje.classify(new BigDecimal("40.5")).name()).isEqualTo("severe");
  }
}
