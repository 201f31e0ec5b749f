package org.openderm.eczema.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EASI and PASI worked examples, computed by hand from Hanifin 2001 and Fredriksson 1978: region
 * score = sum of signs x area score x multiplier.
 */
class AreaInstrumentsTest {

  private static EasiRegionItems easi(int area, String... signs) {
    return new EasiRegionItems(
        area,
        new BigDecimal(signs[0]),
        new BigDecimal(signs[1]),
        new BigDecimal(signs[2]),
        new BigDecimal(signs[3]));
  }

  private static Map<AreaRegion, EasiRegionItems> example() {
    Map<AreaRegion, EasiRegionItems> regions = new EnumMap<>(AreaRegion.class);
    regions.put(AreaRegion.HEAD_NECK, easi(2, "2", "1", "1", "0")); // severity 4
    regions.put(AreaRegion.UPPER_LIMBS, easi(3, "2", "2", "1", "1")); // 6
    regions.put(AreaRegion.TRUNK, easi(1, "1", "1", "0", "0")); // 2
    regions.put(AreaRegion.LOWER_LIMBS, easi(4, "2", "2", "2", "2")); // 8
    return regions;
  }

  @Test
  void easi_adult_weightsHeadTenthLegsFourTenths() {
    // 4*2*0.1 + 6*3*0.2 + 2*1*0.3 + 8*4*0.4 = 0.8 + 3.6 + 0.6 + 12.8 = 17.8
    Scored scored = Easi.compute(example(), false);

    assertThat(scored.score()).isEqualByComparingTo("17.8");
    assertThat(scored.components()).containsEntry("weights", "adult");
    assertThat(Easi.BANDS.get(0).classify(scored.score()).name()).isEqualTo("moderate");
  }

  @Test
  void easi_child_weightsHeadTwoTenthsLegsThreeTenths() {
    // 4*2*0.2 + 6*3*0.2 + 2*1*0.3 + 8*4*0.3 = 1.6 + 3.6 + 0.6 + 9.6 = 15.4
    assertThat(Easi.compute(example(), true).score()).isEqualByComparingTo("15.4");
  }

  @Test
  void easi_childTableAppliesUpTo7Years() {
    assertThat(Easi.usesChildWeights(new BigDecimal("7.9"))).isTrue();
    assertThat(Easi.usesChildWeights(new BigDecimal("8"))).isFalse();
  }

  @Test
  void easi_halfPointsCount() {
    Map<AreaRegion, EasiRegionItems> regions = new EnumMap<>(AreaRegion.class);
    for (AreaRegion region : AreaRegion.values()) {
      regions.put(region, easi(0, "0", "0", "0", "0"));
    }
    regions.put(AreaRegion.TRUNK, easi(2, "1.5", "0", "0", "0"));
    // 1.5 * 2 * 0.3 = 0.9: almost clear by Leshem 2015, mild by Chopra 2017
    Scored scored = Easi.compute(regions, false);
    assertThat(scored.score()).isEqualByComparingTo("0.9");
    assertThat(Easi.BANDS.get(0).classify(scored.score()).name()).isEqualTo("almostClear");
    assertThat(Easi.BANDS.get(1).classify(scored.score()).name()).isEqualTo("mild");
  }

  @ParameterizedTest
  @CsvSource({
    "0,0", "0.5,1", "9,1", "9.99,1", "10,2", "29.5,2", "30,3", "49,3", "50,4", "69.9,4", "70,5",
    "89,5", "90,6", "100,6"
  })
  void areaScore_followsPublishedTable(String percent, int expected) {
    assertThat(AreaScore.fromPercent(new BigDecimal(percent))).isEqualTo(expected);
  }

  @Test
  void pasi_sameMultipliersAtEveryAge() {
    Map<AreaRegion, PasiRegionItems> regions = new EnumMap<>(AreaRegion.class);
    regions.put(AreaRegion.HEAD_NECK, new PasiRegionItems(2, 2, 1, 1)); // 4*2*0.1 = 0.8
    regions.put(AreaRegion.UPPER_LIMBS, new PasiRegionItems(3, 3, 2, 2)); // 7*3*0.2 = 4.2
    regions.put(AreaRegion.TRUNK, new PasiRegionItems(2, 2, 2, 1)); // 5*2*0.3 = 3.0
    regions.put(AreaRegion.LOWER_LIMBS, new PasiRegionItems(4, 3, 3, 2)); // 8*4*0.4 = 12.8

    Scored scored = Pasi.compute(regions);

    assertThat(scored.score()).isEqualByComparingTo("20.8");
    assertThat(Pasi.BANDS.get(0).classify(scored.score()).name()).isEqualTo("severe");
    assertThat(Pasi.BANDS.get(0).classify(new BigDecimal("10")).name()).isEqualTo("mild");
  }

  @Test
  void pasi_reaches72_atMaximalInput() {
    Map<AreaRegion, PasiRegionItems> regions = new EnumMap<>(AreaRegion.class);
    for (AreaRegion region : AreaRegion.values()) {
      regions.put(region, new PasiRegionItems(6, 4, 4, 4));
    }
    assertThat(Pasi.compute(regions).score()).isEqualByComparingTo("72");
  }
}
