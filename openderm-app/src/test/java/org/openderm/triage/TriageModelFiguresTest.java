package org.openderm.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figures the result page states next to "routine" come from the shipped model card. */
class TriageModelFiguresTest {

  @Test
  void shippedCard_givesTheExternalSensitivity_andTheWeakestSites() {
    TriageModelFigures f = TriageModelFigures.shipped().orElseThrow();
    // model-card.json, external isic-557: 159 melanomas, sensitivity 0.8428 at the urgent
    // threshold.
    assertThat(f.externalImages()).isEqualTo(555);
    assertThat(f.externalMelanomas()).isEqualTo(159);
    assertThat(f.externalMelanomaSensitivity()).isEqualTo(0.8428);
    assertThat(f.missedOneIn()).isEqualTo(6);
    // Sites at least 0.1 below the overall balanced accuracy 0.7066 (n >= 20, "unknown" left out).
    assertThat(f.weakSites()).containsExactly("foot", "chest", "lower extremity", "face");
    assertThat(f.weakestBalancedAccuracy())
        .isEqualTo(0.421, org.assertj.core.data.Offset.offset(0.001));
    assertThat(TriageModelFigures.forModel(f.version())).isPresent();
    assertThat(TriageModelFigures.forModel("another-model")).isEmpty();
  }
}
