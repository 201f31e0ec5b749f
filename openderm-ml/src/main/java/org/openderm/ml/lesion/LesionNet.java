package org.openderm.ml.lesion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.Arrays;

/**
 * The lesion classifier's network: a small residual CNN (He et al., "Deep Residual Learning for
 * Image Recognition", CVPR 2016) sized for CPU training within an hour on two cores.
 *
 * <p>Dermoscopic detail (dots, globules, the pigment network) is a few pixels wide, so the input
 * keeps nearly all of HAM10000's 150-pixel centre square ({@link ImagePrep#INPUT} = 128). The cost
 * is held down as in ResNet's stem: two strided 3x3 convolutions bring it to a quarter of the side
 * before the residual stages, whose first stage then runs at 32x32, fewer multiply-adds per image
 * than an 80-pixel input with a single strided stem convolution (first stage at 40x40).
 *
 * <p>The block is two children: {@code features} (stem and four residual stages, output {@code [N,
 * C, S/32, S/32]}) and {@code head} (global average pooling, dropout, linear layer). Keeping them
 * apart lets the predictor read the feature map for the class activation map (Zhou et al., CVPR
 * 2016; with global average pooling and one linear layer it equals Grad-CAM) and the pooled
 * features for out-of-scope detection. The definition is versioned with the weights: changing a
 * width or a depth invalidates the committed {@code .params} file.
 */
public final class LesionNet {

  /** Channel widths of the four stages; changing them changes the architecture version. */
  static final int[] WIDTHS = {32, 64, 128, 256};

  /** Residual blocks per stage. */
  static final int[] DEPTHS = {1, 2, 2, 1};

  /** Channels of the stem's first convolution. */
  static final int STEM = 24;

  /** Number of HAM10000 classes. */
  public static final int CLASSES = 7;

  private LesionNet() {}

  /** Builds the untrained network: a sequential block of {@code features} then {@code head}. */
  public static SequentialBlock build() {
    SequentialBlock net = new SequentialBlock();
    net.add(features());
    net.add(head(CLASSES));
    return net;
  }

  /** Width of the pooled feature vector (the last stage's channels). */
  public static int featureWidth() {
    return WIDTHS[WIDTHS.length - 1];
  }

  static SequentialBlock features() {
    SequentialBlock f = new SequentialBlock();
    f.add(conv(STEM, 2)).add(BatchNorm.builder().build()).add(Activation.reluBlock());
    f.add(conv(WIDTHS[0], 2)).add(BatchNorm.builder().build()).add(Activation.reluBlock());
    int in = WIDTHS[0];
    for (int stage = 0; stage < WIDTHS.length; stage++) {
      for (int b = 0; b < DEPTHS[stage]; b++) {
        int stride = (b == 0 && stage > 0) ? 2 : 1;
        f.add(residual(in, WIDTHS[stage], stride));
        in = WIDTHS[stage];
      }
    }
    return f;
  }

  static SequentialBlock head(int classes) {
    SequentialBlock h = new SequentialBlock();
    h.add(Pool.globalAvgPool2dBlock());
    h.add(Blocks.batchFlattenBlock());
    h.add(Dropout.builder().optRate(0.2f).build());
    h.add(Linear.builder().setUnits(classes).build());
    return h;
  }

  private static Block residual(int in, int out, int stride) {
    SequentialBlock main = new SequentialBlock();
    main.add(conv(out, stride)).add(BatchNorm.builder().build()).add(Activation.reluBlock());
    main.add(conv(out, 1)).add(BatchNorm.builder().build());
    Block shortcut;
    if (in == out && stride == 1) {
      shortcut = Blocks.identityBlock();
    } else {
      shortcut =
          new SequentialBlock()
              .add(
                  Conv2d.builder()
                      .setKernelShape(new Shape(1, 1))
                      .setFilters(out)
                      .optStride(new Shape(stride, stride))
                      .optBias(false)
                      .build())
              .add(BatchNorm.builder().build());
    }
    return new ParallelBlock(
        list -> {
          NDArray sum = list.get(0).singletonOrThrow().add(list.get(1).singletonOrThrow());
          return new NDList(Activation.relu(sum));
        },
        Arrays.asList(main, shortcut));
  }

  private static Conv2d conv(int filters, int stride) {
    return Conv2d.builder()
        .setKernelShape(new Shape(3, 3))
        .setFilters(filters)
        .optStride(new Shape(stride, stride))
        .optPadding(new Shape(1, 1))
        .optBias(false)
        .build();
  }
}
