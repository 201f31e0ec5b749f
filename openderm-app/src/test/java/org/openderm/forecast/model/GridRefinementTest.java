package org.openderm.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openderm.forecast.evaluation.Scores;
import org.openderm.forecast.synthetic.SyntheticCohort;

/**
 * The latent grid is a discretisation: its forecasts must match those of a four times finer grid
 * within 1% of the ranked probability score.
 */
class GridRefinementTest {

  private static final List<DailySeries> COHORT = SyntheticCohort.generate(5, 60, 2024);

  @Test
  void binRw_defaultGrid_matchesAFourTimesFinerGrid() {
    assertRpsClose(BinRw.create(103), BinRw.create(103, 4 * 64));
  }

  @Test
  void orderedRw_defaultGrid_matchesAFourTimesFinerGrid() {
    assertRpsClose(OrderedRw.create(103), OrderedRw.create(103, 4 * 72));
  }

  @Test
  void itemModels_defaultGrid_matchesAFourTimesFinerGrid() {
    assertRpsClose(BinRw.create(3), BinRw.create(3, 4 * 48), 3);
    assertRpsClose(OrderedRw.create(10), OrderedRw.create(10, 4 * 40), 10);
  }

  private static void assertRpsClose(ForecastModel coarse, ForecastModel fine) {
    double[] rps = new double[2];
    int n = 0;
    for (DailySeries s : COHORT) {
      for (int cut = 14; cut < s.length(); cut += 9) {
        double[][] a = coarse.forecast(s, cut, 7).days();
        double[][] b = fine.forecast(s, cut, 7).days();
        for (int h = 0; h < 7 && cut + h < s.length(); h++) {
          int y = s.scores()[cut + h];
          if (y != DailySeries.MISSING) {
            rps[0] += Scores.rps(a[h], y);
            rps[1] += Scores.rps(b[h], y);
            n++;
          }
        }
      }
    }
    assertThat(n).isGreaterThan(50);
    assertThat(Math.abs(rps[0] / rps[1] - 1)).isLessThan(0.01);
  }

  private static void assertRpsClose(ForecastModel coarse, ForecastModel fine, int itemMax) {
    double[] rps = new double[2];
    for (DailySeries s : COHORT) {
      DailySeries item =
          ItemLevelModel.itemSeries(s, itemMax == 3 ? PoScoradItem.ERYTHEMA : PoScoradItem.ITCH);
      for (int cut = 14; cut < item.length(); cut += 9) {
        double[][] a = coarse.forecast(item, cut, 7).days();
        double[][] b = fine.forecast(item, cut, 7).days();
        for (int h = 0; h < 7 && cut + h < item.length(); h++) {
          int y = item.scores()[cut + h];
          if (y != DailySeries.MISSING) {
            rps[0] += Scores.rps(a[h], y);
            rps[1] += Scores.rps(b[h], y);
          }
        }
      }
    }
    assertThat(Math.abs(rps[0] / rps[1] - 1)).isLessThan(0.01);
  }
}
