package org.openderm.eczema.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openderm.system.NotComputableException;

/** POEM, DLQI, SALT and UAS7 examples from their published scoring rules. */
class QuestionnairesTest {

  @Test
  void poem_sumsSevenAnswers_andBandsByCharman2013() {
    Scored scored = Poem.compute(List.of(4, 3, 1, 0, 2, 3, 4));

    assertThat(scored.score()).isEqualByComparingTo("17");
    assertThat(Poem.BANDS.get(0).classify(scored.score()).name()).isEqualTo("severe");
    assertThat(Poem.BANDS.get(0).classify(new BigDecimal("16")).name()).isEqualTo("moderate");
    assertThat(Poem.BANDS.get(0).classify(new BigDecimal("2")).name())
        .isEqualTo("clearOrAlmostClear");
  }

  @Test
  void poem_oneUnansweredCountsZero() {
    Scored scored = Poem.compute(Arrays.asList(4, null, 1, 0, 2, 3, 4));

    assertThat(scored.score()).isEqualByComparingTo("14");
    assertThat(scored.components()).containsEntry("unansweredCountedAsZero", 1);
  }

  @Test
  void poem_twoUnanswered_notComputable() {
    assertThatThrownBy(() -> Poem.compute(Arrays.asList(4, null, 1, null, 2, 3, 4)))
        .isInstanceOf(NotComputableException.class)
        .satisfies(e -> assertThat(((NotComputableException) e).code()).isEqualTo("DERM-0010"));
  }

  @Test
  void dlqi_sumsItems_andReportsDomains() {
    Scored scored = Dlqi.compute(List.of(3, 2, 1, 0, 2, 1, 3, 0, 1, 2));

    assertThat(scored.score()).isEqualByComparingTo("15");
    assertThat(scored.components())
        .containsEntry("symptomsAndFeelings", 5)
        .containsEntry("workAndSchool", 3)
        .containsEntry("treatment", 2);
    assertThat(Dlqi.BANDS.get(0).classify(scored.score()).name()).isEqualTo("veryLargeEffect");
  }

  @Test
  void dlqi_twoUnanswered_notComputable() {
    List<Integer> answers = new ArrayList<>(Collections.nCopies(10, 1));
    answers.set(0, null);
    answers.set(9, null);
    assertThatThrownBy(() -> Dlqi.compute(answers)).isInstanceOf(NotComputableException.class);
  }

  @Test
  void salt_weightsViewsByScalpShare() {
    Map<SaltRegion, BigDecimal> loss = new EnumMap<>(SaltRegion.class);
    loss.put(SaltRegion.VERTEX, new BigDecimal("50")); // 20
    loss.put(SaltRegion.POSTERIOR, new BigDecimal("25")); // 6
    loss.put(SaltRegion.RIGHT_SIDE, new BigDecimal("100")); // 18
    loss.put(SaltRegion.LEFT_SIDE, BigDecimal.ZERO); // 0

    Scored scored = Salt.compute(loss);

    assertThat(scored.score()).isEqualByComparingTo("44");
    assertThat(Salt.BANDS.get(0).classify(scored.score()).name()).isEqualTo("S2");
    assertThat(Salt.BANDS.get(1).classify(scored.score()).name()).isEqualTo("moderate");
  }

  @Test
  void salt_olsenClasses_atTheirBounds() {
    BandSet olsen = Salt.BANDS.get(0);
    assertThat(olsen.classify(BigDecimal.ZERO).name()).isEqualTo("S0");
    assertThat(olsen.classify(new BigDecimal("0.2")).name()).isEqualTo("S1");
    assertThat(olsen.classify(new BigDecimal("95")).name()).isEqualTo("S4a");
    assertThat(olsen.classify(new BigDecimal("99")).name()).isEqualTo("S4b");
    assertThat(olsen.classify(new BigDecimal("100")).name()).isEqualTo("S5");
  }

  @Test
  void uas7_sumsWhealsAndItchOverSevenDays() {
    List<UrticariaDay> days =
        List.of(
            new UrticariaDay(1, 2),
            new UrticariaDay(0, 1),
            new UrticariaDay(2, 2),
            new UrticariaDay(3, 3),
            new UrticariaDay(0, 0),
            new UrticariaDay(1, 1),
            new UrticariaDay(2, 1));

    Scored scored = Uas7.compute(days);

    assertThat(scored.score()).isEqualByComparingTo("19");
    assertThat(scored.components()).containsEntry("wheals", 9).containsEntry("itch", 10);
    assertThat(Uas7.BANDS.get(0).classify(scored.score()).name()).isEqualTo("moderate");
    assertThat(Uas7.BANDS.get(0).classify(new BigDecimal("6")).name()).isEqualTo("wellControlled");
  }
}
