package org.openderm.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openderm.ml.quality.QualityThresholds;

/** The retake advice quotes the numbers the gate applies. */
class QualityMessagesTest {

  @Test
  void theResolutionAdviceQuotesTheGatesThresholdInBothLanguages() {
    String side = QualityThresholds.DEFAULTS.minShortSide() + " pixels";
    for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      assertThat(PhotoQualityService.messages(l).getString("photo.quality.resolution-low"))
          .as(l.toString())
          .contains(side);
    }
  }
}
