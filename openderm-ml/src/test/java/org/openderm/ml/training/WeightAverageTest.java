package org.openderm.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightAverageTest {

  static {
    org.openderm.ml.lesion.DjlEnvironment.ensureOffline();
  }

  private static Model tinyModel() {
    Model model = Model.newInstance("average-test");
    model.setBlock(
        new SequentialBlock()
            .add(Linear.builder().setUnits(3).build())
            .add(BatchNorm.builder().build()));
    return model;
  }

  /** Sets every parameter (running statistics included) to the same value. */
  private static void fill(Model model, float value) {
    for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
      NDArray w = p.getValue().getArray();
      try (NDArray v = w.zerosLike().add(value)) {
        w.set(v.toByteBuffer());
      }
    }
  }

  private static List<float[]> values(Model model) {
    return model.getBlock().getParameters().stream()
        .map(p -> p.getValue().getArray().toFloatArray())
        .toList();
  }

  @Test
  void averageFollowsTheWeightsWithTheWarmedUpDecayAndIsCopiedBackWhole() {
    try (Model model = tinyModel();
        Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss()))) {
      trainer.initialize(new Shape(4, 2));
      fill(model, 1f);
      try (WeightAverage average = new WeightAverage(model.getBlock(), 0.5)) {
        // First update: the warm-up decay (1 + 0) / (10 + 0) = 0.1 is below 0.5.
        assertThat(average.currentDecay()).isEqualTo(0.1, within(1e-12));
        fill(model, 11f);
        average.update();
        double expected = 0.1 * 1 + 0.9 * 11; // 10.0
        // From the ninth update on, the warm-up value passes 0.5 and the decay stays at 0.5.
        for (int i = 1; i < 9; i++) {
          average.update();
          double d = Math.min(0.5, (1.0 + i) / (10.0 + i));
          expected = d * expected + (1 - d) * 11;
        }
        assertThat(average.currentDecay()).isEqualTo(0.5);
        fill(model, 3f);
        average.update();
        expected = 0.5 * expected + 0.5 * 3;
        average.copyIntoNetwork();
        List<float[]> after = values(model);
        // Six arrays: weight, bias, gamma, beta and the BatchNorm running mean and variance.
        assertThat(after).hasSize(6);
        for (float[] a : after) {
          for (float v : a) {
            assertThat((double) v).isEqualTo(expected, within(1e-4));
          }
        }
      }
    }
  }

  @Test
  void decayOutsideTheOpenUnitIntervalIsRefused() {
    try (Model model = tinyModel();
        Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss()))) {
      trainer.initialize(new Shape(4, 2));
      assertThatThrownBy(() -> new WeightAverage(model.getBlock(), 1.0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new WeightAverage(model.getBlock(), 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
