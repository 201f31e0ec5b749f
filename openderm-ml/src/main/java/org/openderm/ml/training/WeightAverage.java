package org.openderm.ml.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Exponential moving average of a network's weights during training (Polyak and Juditsky 1992; as
 * used by Tan and Le, EfficientNet, 2019). The last weights of a run carry the noise of its last
 * mini-batches; the average over the last few epochs is a flatter, steadier point, which on a small
 * validation set with rare classes shows as less epoch-to-epoch swing.
 *
 * <p>BatchNorm running statistics are averaged with the weights, so the average is a network whose
 * normalisation matches its own weights. The decay warms up as {@code (1 + n) / (10 + n)} so that
 * the first updates do not drag the average toward the random initialisation.
 */
final class WeightAverage implements AutoCloseable {

  private final List<NDArray> live = new ArrayList<>();
  private final List<NDArray> average = new ArrayList<>();
  private final double decay;
  private long updates;

  /** Starts the average at the block's current (initialised) weights. */
  WeightAverage(Block block, double decay) {
    if (!(decay > 0 && decay < 1)) {
      throw new IllegalArgumentException("decay must lie in (0, 1): " + decay);
    }
    this.decay = decay;
    for (Pair<String, Parameter> p : block.getParameters()) {
      NDArray w = p.getValue().getArray();
      live.add(w);
      average.add(w.duplicate());
    }
  }

  /** The decay used at the next update (warm-up, then the configured one). */
  double currentDecay() {
    return Math.min(decay, (1.0 + updates) / (10.0 + updates));
  }

  /** Folds the current weights into the average; call after each optimiser step. */
  void update() {
    float d = (float) currentDecay();
    for (int i = 0; i < live.size(); i++) {
      try (NDArray share = live.get(i).mul(1 - d)) {
        average.get(i).muli(d).addi(share);
      }
    }
    updates++;
  }

  /** Overwrites the network's weights with the average (the network keeps training if asked). */
  void copyIntoNetwork() {
    for (int i = 0; i < live.size(); i++) {
      live.get(i).set(average.get(i).toByteBuffer());
    }
  }

  @Override
  public void close() {
    average.forEach(NDArray::close);
  }
}
