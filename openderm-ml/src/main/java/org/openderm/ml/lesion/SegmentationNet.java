package org.openderm.ml.lesion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The lesion outline network: a small U-Net (Ronneberger et al., "U-Net: Convolutional Networks for
 * Biomedical Image Segmentation", MICCAI 2015) with three 2x down-sampling steps, widths 16 to 128,
 * about 0.47 M parameters. Input {@code [N, 3, S, S]} with S a multiple of 8, output {@code [N, 1,
 * S, S]} logits of "lesion".
 *
 * <p>Sized so that training on HAM10000's 8,500 training masks takes minutes on two cores: the
 * outline needs the lesion's shape, not its texture, and 64 pixels resolve a border to 1.5% of the
 * image side. The skip connections keep the border sharp where a plain encoder-decoder blurs it.
 */
public final class SegmentationNet extends AbstractBlock {

  /** Channel widths of the encoder levels (the last is the bottleneck). */
  static final int[] WIDTHS = {16, 32, 64, 128};

  private static final byte VERSION = 1;

  private final Block[] down = new Block[WIDTHS.length];
  private final Block[] up = new Block[WIDTHS.length - 1];
  private final Block[] merge = new Block[WIDTHS.length - 1];
  private final Block out;

  /** A fresh, uninitialised network. */
  public SegmentationNet() {
    super(VERSION);
    for (int i = 0; i < WIDTHS.length; i++) {
      down[i] = addChildBlock("down" + i, twoConvs(WIDTHS[i]));
    }
    for (int i = WIDTHS.length - 2; i >= 0; i--) {
      up[i] =
          addChildBlock(
              "up" + i,
              Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(WIDTHS[i]).build());
      merge[i] = addChildBlock("merge" + i, twoConvs(WIDTHS[i]));
    }
    out =
        addChildBlock(
            "out", Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(1).build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray[] skip = new NDArray[WIDTHS.length];
    NDArray x = inputs.singletonOrThrow();
    for (int i = 0; i < WIDTHS.length; i++) {
      if (i > 0) {
        x = Pool.maxPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false);
      }
      x = down[i].forward(ps, new NDList(x), training).singletonOrThrow();
      skip[i] = x;
    }
    for (int i = WIDTHS.length - 2; i >= 0; i--) {
      // 1x1 projection at the coarse level, then nearest-neighbour up-sampling (the PyTorch
      // engine of DJL has no transposed convolution).
      NDArray u = up[i].forward(ps, new NDList(x), training).singletonOrThrow();
      u = u.repeat(2, 2).repeat(3, 2);
      NDArray cat = NDArrays.concat(new NDList(u, skip[i]), 1);
      x = merge[i].forward(ps, new NDList(cat), training).singletonOrThrow();
    }
    return out.forward(ps, new NDList(x), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputs) {
    Shape s = inputs[0];
    return new Shape[] {new Shape(s.get(0), 1, s.get(2), s.get(3))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType type, Shape... inputs) {
    long n = inputs[0].get(0);
    long side = inputs[0].get(2);
    long channels = inputs[0].get(1);
    for (int i = 0; i < WIDTHS.length; i++) {
      long s = side >> i;
      down[i].initialize(manager, type, new Shape(n, channels, s, s));
      channels = WIDTHS[i];
    }
    for (int i = WIDTHS.length - 2; i >= 0; i--) {
      long s = side >> (i + 1);
      up[i].initialize(manager, type, new Shape(n, WIDTHS[i + 1], s, s));
      merge[i].initialize(manager, type, new Shape(n, 2L * WIDTHS[i], 2 * s, 2 * s));
    }
    out.initialize(manager, type, new Shape(n, WIDTHS[0], side, side));
  }

  private static SequentialBlock twoConvs(int filters) {
    SequentialBlock b = new SequentialBlock();
    for (int k = 0; k < 2; k++) {
      b.add(
              Conv2d.builder()
                  .setKernelShape(new Shape(3, 3))
                  .optPadding(new Shape(1, 1))
                  .setFilters(filters)
                  .optBias(false)
                  .build())
          .add(BatchNorm.builder().build())
          .add(Activation.reluBlock());
    }
    return b;
  }
}
