package org.openderm.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openderm.forecast.model.Baselines;
import org.openderm.forecast.model.BinRw;
import org.openderm.forecast.model.DailySeries;
import org.openderm.forecast.model.ForecastModel;
import org.openderm.forecast.model.ModelForecast;
import org.openderm.forecast.model.Pmfs;
import org.openderm.forecast.synthetic.SyntheticCohort;

class ForwardChainingTest {

  private static final List<DailySeries> COHORT = SyntheticCohort.generate(16, 56, 99);
  private static final ForwardChaining.Settings SETTINGS =
      new ForwardChaining.Settings(7, 7, 14, 5, 2);

  @Test
  void models_seeOnlyThePast_andEveryCutIsRefitted() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    ForecastModel spy =
        new ForecastModel() {
          @Override
          public String name() {
            return "spy";
          }

          @Override
          public int max() {
            return 103;
          }

          @Override
          public ModelForecast forecast(DailySeries series, int upTo, int horizon) {
            assertThat(series.length()).isLessThanOrEqualTo(upTo);
            calls.incrementAndGet();
            double[][] days = new double[horizon][];
            for (int h = 0; h < horizon; h++) {
              days[h] = Pmfs.uniform(103);
            }
            return new ModelForecast(days, 0, false);
          }
        };
    new ForwardChaining(SETTINGS).evaluate("test", COHORT, List.of(spy), i -> {});
    // cuts at days 14, 21, 28, 35, 42, 49 for each of the 16 patients
    assertThat(calls.get()).isEqualTo(16 * 6);
  }

  @Test
  void uniformBaseline_hasTheLogDensityOfOneIn104() throws InterruptedException {
    EvaluationReport r =
        new ForwardChaining(SETTINGS)
            .evaluate("test", COHORT, List.of(Baselines.uniform(103)), i -> {});
    assertThat(r.model("uniform").lpd()).isCloseTo(-Math.log(104), within(1e-9));
    assertThat(r.model("uniform").forecasts()).isGreaterThan(300);
  }

  @Test
  void aLatentRandomWalk_beatsTheHistoricalAndUniformBaselines() throws InterruptedException {
    AtomicInteger progress = new AtomicInteger();
    EvaluationReport r =
        new ForwardChaining(SETTINGS)
            .evaluate(
                "test",
                COHORT,
                List.of(Baselines.uniform(103), Baselines.historical(103), BinRw.create(103)),
                progress::set);
    assertThat(progress.get()).isEqualTo(16);
    assertThat(r.model("BinRW").rps()).isLessThan(r.model("historical").rps());
    assertThat(r.model("historical").rps()).isLessThan(r.model("uniform").rps());
    assertThat(r.model("BinRW").lpd()).isGreaterThan(r.model("historical").lpd());
  }
}
