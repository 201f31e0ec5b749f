package org.openderm.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Simulate from each model's own assumptions with known parameters; the fit must find them. */
class ParameterRecoveryTest {

  @ParameterizedTest
  @CsvSource({"0.06, 11", "0.25, 12", "0.65, 13"})
  void binRw_recoversTheRandomWalkScale(double sigma, long seed) {
    LatentGridModel model = BinRw.create(30);
    DailySeries s = Simulate.binRw(30, sigma, -1, 250, seed);
    double estimate = Simulate.posteriorMean(model.parameterPosterior(s, 250), model.thetas(), 0);
    assertThat(estimate / sigma).isBetween(1 / 1.5, 1.5);
  }

  @Test
  void orderedRw_recoversWalkAndMeasurementScales() {
    LatentGridModel model = OrderedRw.create(103);
    double sigma = 0.022 * 103;
    double scale = 0.025 * 103;
    DailySeries s = Simulate.orderedRw(103, sigma, scale, 40, 300, 21);
    double[] w = model.parameterPosterior(s, 300);
    assertThat(Simulate.posteriorMean(w, model.thetas(), 0) / sigma).isBetween(1 / 1.5, 1.5);
    assertThat(Simulate.posteriorMean(w, model.thetas(), 1) / scale).isBetween(1 / 1.5, 1.5);
  }

  @Test
  void binMc_recoversBothTransitionProbabilities() {
    BinMc model = new BinMc(103);
    DailySeries s = Simulate.binMc(103, 0.02, 0.08, 200, 31);
    double[] w = model.parameterPosterior(s, 200);
    assertThat(Simulate.posteriorMean(w, model.thetas(), 0) / 0.02).isBetween(1 / 1.5, 1.5);
    assertThat(Simulate.posteriorMean(w, model.thetas(), 1) / 0.08).isBetween(1 / 1.5, 1.5);
  }

  @ParameterizedTest
  @CsvSource({"0.3, 41", "0.84, 42", "0.97, 43"})
  void ar1_recoversTheAutocorrelation(double phi, long seed) {
    Ar1 model = new Ar1(103);
    DailySeries s = Simulate.ar1(103, 40, phi, 5, 300, seed);
    double[] w = model.parameterPosterior(s, 300);
    double estimate = 0;
    for (int j = 0; j < w.length; j++) {
      estimate += w[j] * model.phis()[j];
    }
    assertThat(estimate).isCloseTo(phi, within(0.1));
  }

  @Test
  void markovChain_recoversItsTransitionMatrix() {
    MarkovChain model = new MarkovChain(103, 5);
    double[][] truth = new double[5][5];
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        truth[i][j] = i == j ? 0.8 : Math.abs(i - j) == 1 ? 0.2 / (i == 0 || i == 4 ? 1 : 2) : 0;
      }
    }
    java.util.SplittableRandom rng = new java.util.SplittableRandom(51);
    int[] y = new int[3000];
    int state = 2;
    for (int d = 0; d < y.length; d++) {
      y[d] = (int) Math.floor((state + rng.nextDouble()) * 104 / 5.0);
      double u = rng.nextDouble();
      int next = 0;
      for (double c = truth[state][0]; c < u && next < 4; c += truth[state][++next]) {}
      state = next;
    }
    double[][] p = model.transitionMatrix(DailySeries.ofTotals("sim", Simulate.START, y), y.length);
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        assertThat(p[i][j]).isCloseTo(truth[i][j], within(0.05));
      }
    }
  }

  @Test
  void empiricalBayes_findsTwoSubpopulationsOfWalkScales() {
    LatentGridModel model = BinRw.create(30);
    List<DailySeries> cohort = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      cohort.add(Simulate.binRw(30, i % 2 == 0 ? 0.06 : 0.4, -1, 120, 100 + i));
    }
    LatentGridModel fitted = (LatentGridModel) model.withPopulation(cohort);
    DailySeries empty = DailySeries.ofTotals("none", Simulate.START, DailySeries.MISSING);
    double[] prior = fitted.parameterPosterior(empty, 1);
    double slow = 0;
    double fast = 0;
    for (int j = 0; j < prior.length; j++) {
      double sigma = fitted.thetas()[j][0];
      slow += sigma >= 0.03 && sigma <= 0.1 ? prior[j] : 0;
      fast += sigma >= 0.25 && sigma <= 0.65 ? prior[j] : 0;
    }
    assertThat(slow).isGreaterThan(0.3);
    assertThat(fast).isGreaterThan(0.3);
  }
}
