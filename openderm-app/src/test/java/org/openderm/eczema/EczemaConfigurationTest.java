package org.openderm.eczema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The default band sets come from {@code openderm.eczema.default-band-sets}; typos stop start-up.
 */
class EczemaConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(EczemaConfiguration.class);

  @Test
  void configuredDefaultBandSet_isUsed() {
    context
        .withPropertyValues("openderm.eczema.default-band-sets.scorad=Chopra-2017")
        .run(
            ctx -> {
              ScoreCalculator calculator = ctx.getBean(ScoreCalculator.class);
              assertThat(calculator.defaultBandSet(Instrument.SCORAD).name())
                  .isEqualTo("Chopra-2017");
              assertThat(calculator.defaultBandSet(Instrument.OSCORAD).name())
                  .isEqualTo("Oranje-2007");
            });
  }

  @Test
  void unknownBandSet_failsAtStartUp() {
    context
        .withPropertyValues("openderm.eczema.default-band-sets.easi=Kunz")
        .run(ctx -> assertThat(ctx).hasFailed());
  }
}
