package org.openderm.forecast.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.PoScoradItem;

class SyntheticCohortTest {

  private final List<DailySeries> cohort = SyntheticCohort.generate(50, 120, 42);

  @Test
  void generate_isReproducibleForASeed_andDiffersAcrossSeeds() {
    assertThat(SyntheticCohort.generate(50, 120, 42)).isEqualTo(cohort);
    assertThat(SyntheticCohort.generate(50, 120, 43)).isNotEqualTo(cohort);
  }

  @Test
  void everyPatient_isLabelledSynthetic_withItsProcess() {
    Set<SyntheticCohort.Process> seen = EnumSet.noneOf(SyntheticCohort.Process.class);
    for (DailySeries s : cohort) {
      assertThat(s.patient()).startsWith("synthetic-");
      seen.add(SyntheticCohort.processOf(s.patient()));
    }
    assertThat(seen).containsExactlyInAnyOrder(SyntheticCohort.Process.values());
  }

  @Test
  void totals_areThePoScoradOfTheItems_andMissingDaysAreMissingEverywhere() {
    int missing = 0;
    for (DailySeries s : cohort) {
      for (int d = 0; d < s.length(); d++) {
        int[] items = new int[PoScoradItem.values().length];
        for (int i = 0; i < items.length; i++) {
          items[i] = s.items()[i][d];
        }
        if (s.scores()[d] == DailySeries.MISSING) {
          missing++;
          assertThat(items).containsOnly(DailySeries.MISSING);
        } else {
          assertThat(s.scores()[d]).isEqualTo(PoScoradItem.total(items)).isBetween(0, 103);
        }
      }
    }
    double rate = missing / (50.0 * 120);
    assertThat(rate).isBetween(0.08, 0.30);
  }

  @Test
  void suddenFlares_areLatentJumpsThatRandomWalksAlmostNeverMake() {
    assertThat(latentJumps(SyntheticCohort.Process.SUDDEN_FLARES))
        .isGreaterThan(5 * latentJumps(SyntheticCohort.Process.LATENT_RANDOM_WALK) + 20);
  }

  private static int latentJumps(SyntheticCohort.Process process) {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
    int n = 0;
    for (int p = 0; p < 20; p++) {
      double[] s = Dynamics.simulate(process, 120, java.time.LocalDate.of(2026, 1, 5), rng);
      for (int d = 1; d < s.length; d++) {
        n += s[d] - s[d - 1] >= 0.9 ? 1 : 0;
      }
    }
    return n;
  }
}
