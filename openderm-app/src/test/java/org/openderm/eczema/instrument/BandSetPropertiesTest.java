package org.openderm.eczema.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Every band set covers its scale without gaps or overlaps, and bands never go down. */
class BandSetPropertiesTest {

  private static final List<BandSet> ALL =
      Stream.of(
              ScoradBands.SCORAD,
              ScoradBands.OBJECTIVE,
              ScoradBands.PATIENT,
              Easi.BANDS,
              Pasi.BANDS,
              Poem.BANDS,
              Dlqi.BANDS,
              Salt.BANDS,
              Uas7.BANDS)
          .flatMap(List::stream)
          .toList();

  @Property(tries = 500)
  void everyScore_fallsInExactlyOneBand(
      @ForAll @BigRange(min = "0", max = "103") @Scale(2) BigDecimal score) {
    for (BandSet set : ALL) {
      if (score.compareTo(set.max()) > 0) {
        continue;
      }
      long matches = set.bands().stream().filter(band -> band.contains(score)).count();
      assertThat(matches).as(set.name() + " at " + score).isEqualTo(1);
    }
  }

  @Property(tries = 300)
  void higherScore_neverLowerBand(
      @ForAll @BigRange(min = "0", max = "28") @Scale(2) BigDecimal a,
      @ForAll @BigRange(min = "0", max = "28") @Scale(2) BigDecimal b) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    for (BandSet set : ALL) {
      int lowIndex = set.bands().indexOf(set.classify(low));
      int highIndex = set.bands().indexOf(set.classify(high));
      assertThat(highIndex).isGreaterThanOrEqualTo(lowIndex);
    }
  }
}
