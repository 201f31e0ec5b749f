package org.openderm.eczema.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties every instrument must have: within [0, max], monotone in each input, and reaching its
 * maximum at maximal input.
 */
class InstrumentPropertiesTest {

  @Provide
  Arbitrary<BigDecimal> percent() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1);
  }

  @Provide
  Arbitrary<BigDecimal> vas() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1);
  }

  @Property(tries = 300)
  void scorad_isBoundedAndMonotone(
      @ForAll("percent") BigDecimal extent,
      @ForAll @Size(6) List<@IntRange(min = 0, max = 3) Integer> grades,
      @ForAll("vas") BigDecimal itch,
      @ForAll("vas") BigDecimal sleep,
      @ForAll @IntRange(min = 0, max = 8) int raised) {
    BigDecimal score = Scorad.total(scorad(extent, grades, itch, sleep)).score();
    assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Scorad.MAX));
    assertThat(Scorad.objective(scorad(extent, grades, itch, sleep)).score())
        .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Scorad.OBJECTIVE_MAX));

    BigDecimal higher;
    if (raised < 6) {
      List<Integer> more = new ArrayList<>(grades);
      more.set(raised, Math.min(3, grades.get(raised) + 1));
      higher = Scorad.total(scorad(extent, more, itch, sleep)).score();
    } else if (raised == 6) {
      higher = Scorad.total(scorad(extent.max(new BigDecimal("50")), grades, itch, sleep)).score();
    } else if (raised == 7) {
      higher = Scorad.total(scorad(extent, grades, BigDecimal.TEN, sleep)).score();
    } else {
      higher = Scorad.total(scorad(extent, grades, itch, BigDecimal.TEN)).score();
    }
    assertThat(higher).isGreaterThanOrEqualTo(score);
  }

  @Property(tries = 300)
  void easi_isBoundedAndMonotone(
      @ForAll @Size(16) List<@IntRange(min = 0, max = 6) Integer> halfPoints,
      @ForAll @Size(4) List<@IntRange(min = 0, max = 6) Integer> areas,
      @ForAll boolean child,
      @ForAll @IntRange(min = 0, max = 19) int raised) {
    BigDecimal score = Easi.compute(easi(halfPoints, areas), child).score();
    assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Easi.MAX));

    List<Integer> moreSigns = new ArrayList<>(halfPoints);
    List<Integer> moreAreas = new ArrayList<>(areas);
    if (raised < 16) {
      moreSigns.set(raised, Math.min(6, halfPoints.get(raised) + 1));
    } else {
      moreAreas.set(raised - 16, Math.min(6, areas.get(raised - 16) + 1));
    }
    assertThat(Easi.compute(easi(moreSigns, moreAreas), child).score())
        .isGreaterThanOrEqualTo(score);
  }

  @Property(tries = 200)
  void pasi_isBoundedAndMonotone(
      @ForAll @Size(12) List<@IntRange(min = 0, max = 4) Integer> signs,
      @ForAll @Size(4) List<@IntRange(min = 0, max = 6) Integer> areas,
      @ForAll @IntRange(min = 0, max = 11) int raised) {
    BigDecimal score = Pasi.compute(pasi(signs, areas)).score();
    assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Pasi.MAX));
    List<Integer> more = new ArrayList<>(signs);
    more.set(raised, Math.min(4, signs.get(raised) + 1));
    assertThat(Pasi.compute(pasi(more, areas)).score()).isGreaterThanOrEqualTo(score);
  }

  @Property(tries = 200)
  void questionnaires_areBoundedAndMonotone(
      @ForAll @Size(10) List<@IntRange(min = 0, max = 3) Integer> items,
      @ForAll @IntRange(min = 0, max = 6) int raised) {
    List<Integer> poem = items.subList(0, 7);
    BigDecimal poemScore = Poem.compute(poem).score();
    BigDecimal dlqi = Dlqi.compute(items).score();
    assertThat(poemScore).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Poem.MAX));
    assertThat(dlqi).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Dlqi.MAX));

    List<Integer> more = new ArrayList<>(items);
    more.set(raised, Math.min(3, more.get(raised) + 1));
    assertThat(Poem.compute(more.subList(0, 7)).score()).isGreaterThanOrEqualTo(poemScore);
    assertThat(Dlqi.compute(more).score()).isGreaterThanOrEqualTo(dlqi);
  }

  @Property(tries = 200)
  void salt_isBoundedAndMonotone(
      @ForAll("percent") BigDecimal vertex,
      @ForAll("percent") BigDecimal posterior,
      @ForAll("percent") BigDecimal right,
      @ForAll("percent") BigDecimal left) {
    BigDecimal score = Salt.compute(salt(vertex, posterior, right, left)).score();
    assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Salt.MAX));
    assertThat(Salt.compute(salt(vertex.max(new BigDecimal("60")), posterior, right, left)).score())
        .isGreaterThanOrEqualTo(score);
  }

  @Property(tries = 200)
  void uas7_isBoundedAndMonotone(
      @ForAll @Size(14) List<@IntRange(min = 0, max = 3) Integer> items,
      @ForAll @IntRange(min = 0, max = 13) int raised) {
    BigDecimal score = Uas7.compute(days(items)).score();
    assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(Uas7.MAX));
    List<Integer> more = new ArrayList<>(items);
    more.set(raised, Math.min(3, items.get(raised) + 1));
    assertThat(Uas7.compute(days(more)).score()).isGreaterThanOrEqualTo(score);
  }

  @Example
  void everyInstrument_reachesItsMax_atMaximalInput() {
    BigDecimal hundred = new BigDecimal("100");
    assertThat(
            Scorad.total(scorad(hundred, List.of(3, 3, 3, 3, 3, 3), BigDecimal.TEN, BigDecimal.TEN))
                .score())
        .isEqualByComparingTo(BigDecimal.valueOf(Scorad.MAX));
    List<Integer> sixes = List.of(6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6);
    for (boolean child : new boolean[] {true, false}) {
      assertThat(Easi.compute(easi(sixes, List.of(6, 6, 6, 6)), child).score())
          .isEqualByComparingTo(BigDecimal.valueOf(Easi.MAX));
    }
    assertThat(Poem.compute(List.of(4, 4, 4, 4, 4, 4, 4)).score()).isEqualByComparingTo("28");
    assertThat(Dlqi.compute(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).score())
        .isEqualByComparingTo("30");
    assertThat(Salt.compute(salt(hundred, hundred, hundred, hundred)).score())
        .isEqualByComparingTo("100");
    assertThat(Uas7.compute(days(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).score())
        .isEqualByComparingTo("42");
  }

  static ScoradItems scorad(
      BigDecimal extent, List<Integer> grades, BigDecimal itch, BigDecimal sleep) {
    Map<ScoradSign, Integer> intensity = new EnumMap<>(ScoradSign.class);
    for (ScoradSign sign : ScoradSign.values()) {
      intensity.put(sign, grades.get(sign.ordinal()));
    }
    return new ScoradItems(extent, intensity, itch, sleep);
  }

  /** Four regions from sixteen signs in half points (0..6 means 0..3) and four area scores. */
  static Map<AreaRegion, EasiRegionItems> easi(List<Integer> halfPoints, List<Integer> areas) {
    Map<AreaRegion, EasiRegionItems> regions = new EnumMap<>(AreaRegion.class);
    for (AreaRegion region : AreaRegion.values()) {
      int i = region.ordinal() * 4;
      regions.put(
          region,
          new EasiRegionItems(
              areas.get(region.ordinal()),
              half(halfPoints.get(i)),
              half(halfPoints.get(i + 1)),
              half(halfPoints.get(i + 2)),
              half(halfPoints.get(i + 3))));
    }
    return regions;
  }

  static Map<AreaRegion, PasiRegionItems> pasi(List<Integer> signs, List<Integer> areas) {
    Map<AreaRegion, PasiRegionItems> regions = new EnumMap<>(AreaRegion.class);
    for (AreaRegion region : AreaRegion.values()) {
      int i = region.ordinal() * 3;
      regions.put(
          region,
          new PasiRegionItems(
              areas.get(region.ordinal()), signs.get(i), signs.get(i + 1), signs.get(i + 2)));
    }
    return regions;
  }

  static Map<SaltRegion, BigDecimal> salt(BigDecimal... views) {
    Map<SaltRegion, BigDecimal> loss = new EnumMap<>(SaltRegion.class);
    for (SaltRegion region : SaltRegion.values()) {
      loss.put(region, views[region.ordinal()]);
    }
    return loss;
  }

  static List<UrticariaDay> days(List<Integer> items) {
    List<UrticariaDay> days = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      days.add(new UrticariaDay(items.get(2 * d), items.get(2 * d + 1)));
    }
    return days;
  }

  private static BigDecimal half(int halfPoints) {
    return BigDecimal.valueOf(halfPoints).divide(BigDecimal.valueOf(2));
  }
}
